import { queryOptions } from '@tanstack/react-query';
import {
  activityThemes,
  membershipSeries,
  membershipStatus,
  programmeFunding,
  programmeYears,
  reachSeries,
  reachStatus,
  type Db,
  type ProfileView,
} from '../db';
import { keys } from './keys';
import type { Source } from './options';
import { runQuery } from './query-error';

const on =
  <T>(s: Source, name: string, run: (db: Db) => Promise<T>) =>
  () =>
    runQuery(s.db, `programme ${name}`, run);

export const programmeYearsQuery = (s: Source) =>
  queryOptions({ queryKey: keys.programme(s, 'years'), queryFn: on(s, 'years', programmeYears), enabled: s.ready });
/** Waits for a year (null while the programme's years are not known yet). */
export const membershipQuery = (s: Source, year: number | null) =>
  queryOptions({
    queryKey: keys.programme(s, 'members', year),
    queryFn: on(s, 'members', (db) => membershipStatus(db, year ?? 0)),
    enabled: s.ready && year !== null,
  });
/** Waits for a view (null while the year is not known yet). */
export const reachQuery = (s: Source, view: ProfileView | null) =>
  queryOptions({
    queryKey: keys.programme(s, 'reach', view),
    queryFn: on(s, 'reach', (db) => reachStatus(db, view ?? { year: 0, theme: null })),
    enabled: s.ready && view !== null,
  });
export const fundingQuery = (s: Source, view: ProfileView | null) =>
  queryOptions({
    queryKey: keys.programme(s, 'funding', view),
    queryFn: on(s, 'funding', (db) => programmeFunding(db, view ?? { year: 0, theme: null })),
    enabled: s.ready && view !== null,
  });
export const membershipSeriesQuery = (s: Source, last: number) =>
  queryOptions({
    queryKey: keys.programme(s, 'member-series', last),
    queryFn: on(s, 'member-series', (db) => membershipSeries(db, last)),
    enabled: s.ready,
  });
export const reachSeriesQuery = (s: Source, theme: string | null) =>
  queryOptions({
    queryKey: keys.programme(s, 'reach-series', theme),
    queryFn: on(s, 'reach-series', (db) => reachSeries(db, theme)),
    enabled: s.ready,
  });
export const activityThemesQuery = (s: Source) =>
  queryOptions({ queryKey: keys.programme(s, 'themes'), queryFn: on(s, 'themes', activityThemes), enabled: s.ready });
