/**
 * Every API request says who sends it (the history's "who"): the demo has no accounts, so the name
 * comes from Settings and follows it when it changes.
 */
import { setRequestUser } from '../api/client';
import { useSettingsStore } from '../stores/settings-store';

setRequestUser(useSettingsStore.getState().userName);
useSettingsStore.subscribe((state, previous) => {
  if (state.userName !== previous.userName) setRequestUser(state.userName);
});
