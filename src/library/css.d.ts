// Vite bundles CSS imported by the extension pages; TypeScript only needs to know the import exists.
declare module '*.css';
