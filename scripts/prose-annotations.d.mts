import type { Plugin } from 'vite';
export declare function proseAnnotations(): Plugin;
