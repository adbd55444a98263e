import { useCallback, useEffect, useState } from 'react';
import { isPresetId, type PresetId } from '../../model';

/** The active preset, kept in the URL (`?preset=`) so a shared link opens the same scenario. */
export function usePresetFromUrl(): [PresetId, (id: PresetId) => void] {
  const read = (): PresetId => {
    const p = new URLSearchParams(window.location.search).get('preset');
    return p && isPresetId(p) ? p : 'damvad-2017';
  };
  const [preset, setPresetState] = useState<PresetId>(read);
  useEffect(() => {
    const onPop = () => setPresetState(read());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const setPreset = useCallback((id: PresetId) => {
    const url = new URL(window.location.href);
    url.searchParams.set('preset', id);
    window.history.replaceState(null, '', url);
    setPresetState(id);
  }, []);
  return [preset, setPreset];
}
