import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// Shared CI machines are slow; a find* query that gives up after 1 s makes tests flaky, not stricter.
configure({ asyncUtilTimeout: 5000 });
