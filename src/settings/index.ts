export * from './decisions';
export * from './migrations';
export * from './schema';
export * from './validate';
