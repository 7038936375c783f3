import type { Linter } from 'eslint';

export declare const cycles: Linter.Config[];
