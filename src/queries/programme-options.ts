import { queryOptions } from '@tanstack/react-query';
import { activityThemes, membershipSeries, membershipStatus, programmeFunding, programmeYears, reachSeries, reachStatus, type Db, type ProfileView } from '../db';
import { keys, type DataRef } from './keys';

type Source = DataRef & { db: Db };

// The programme tables are not per data set: the data version alone says when they changed.
const key = (s: Source, ...rest: readonly unknown[]) => [...keys.all, 'programme', s.version, ...rest] as const;

export const programmeYearsQuery = (s: Source) => queryOptions({ queryKey: key(s, 'years'), queryFn: () => programmeYears(s.db) });
export const membershipQuery = (s: Source, year: number) => queryOptions({ queryKey: key(s, 'members', year), queryFn: () => membershipStatus(s.db, year) });
export const reachQuery = (s: Source, view: ProfileView) => queryOptions({ queryKey: key(s, 'reach', view), queryFn: () => reachStatus(s.db, view) });
export const fundingQuery = (s: Source, view: ProfileView) => queryOptions({ queryKey: key(s, 'funding', view), queryFn: () => programmeFunding(s.db, view) });
export const membershipSeriesQuery = (s: Source, last: number) =>
  queryOptions({ queryKey: key(s, 'member-series', last), queryFn: () => membershipSeries(s.db, last) });
export const reachSeriesQuery = (s: Source, theme: string | null) =>
  queryOptions({ queryKey: key(s, 'reach-series', theme), queryFn: () => reachSeries(s.db, theme) });
export const activityThemesQuery = (s: Source) => queryOptions({ queryKey: key(s, 'themes'), queryFn: () => activityThemes(s.db) });
