export function systemChromium(env?: NodeJS.ProcessEnv): string | undefined;
export function playwrightChromiumInstalled(): Promise<boolean>;
