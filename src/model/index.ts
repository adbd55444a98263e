// The model's public API: other modules import from here, never from files inside src/model/.
export * from './cells';
