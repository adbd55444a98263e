import { describe, expect, it } from 'vitest';
import { gainTypeName, readableId, themeName } from './display-names';

describe('display names', () => {
  it('names the demo themes and gain types in both languages', () => {
    expect(themeName('digital_production')).toEqual({ da: 'Digital produktion', en: 'Digital production' });
    expect(gainTypeName('cost_saving')).toEqual({ da: 'Omkostningsbesparelse', en: 'Cost saving' });
  });
  it('reads any other id', () => {
    expect(themeName('laser_welding')).toEqual({ da: 'Laser welding', en: 'Laser welding' });
    expect(readableId('  a--b__c ')).toBe('A b c');
    expect(readableId('')).toBe('');
  });
});
