export * from './ids';
export * from './fuzzy-date';
export * from './measure';
export * from './source-kinds';
export * from './facts';
export * from './conflict';
export * from './story';
