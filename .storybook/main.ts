import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  // The network is closed here: telemetry and "what's new" checks would only wait for timeouts.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Lit's decorators need experimentalDecorators and useDefineForClassFields: false. Vite's Oxc
  // transform takes both from tsconfig.json, so tsconfig.json stays the one place they are set.
};

export default config;
