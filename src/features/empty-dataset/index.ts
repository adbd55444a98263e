export { EmptyGate, type EmptyPlacement } from './empty-gate';
