// Placeholder until translated.
import type { MessageKey } from '../index';
import { en } from './en';
import { enOptions } from './en-options';

export const de: Record<MessageKey, string> = { ...en, ...enOptions };
