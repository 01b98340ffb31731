import { describe, expect, it } from 'vitest';
import { userDataDir } from './user-data-dir';

describe("the desktop app's user-data folder, computed without Electron", () => {
  it('is ~/.config/headroom on Linux, or under XDG_CONFIG_HOME when that is set', () => {
    expect(userDataDir({ platform: 'linux', env: {}, homedir: '/home/ana' })).toBe('/home/ana/.config/headroom');
    expect(userDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/data/cfg' }, homedir: '/home/ana' })).toBe('/data/cfg/headroom');
  });

  it('ignores a relative XDG_CONFIG_HOME, as the XDG spec (and Electron) do', () => {
    expect(userDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: 'cfg' }, homedir: '/home/ana' })).toBe('/home/ana/.config/headroom');
  });

  it('is ~/Library/Application Support/headroom on macOS', () => {
    expect(userDataDir({ platform: 'darwin', env: { XDG_CONFIG_HOME: '/x' }, homedir: '/Users/ana' })).toBe('/Users/ana/Library/Application Support/headroom');
  });

  it('is %APPDATA%\\headroom on Windows', () => {
    expect(userDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, homedir: 'C:\\Users\\ana' })).toBe('C:\\Users\\ana\\AppData\\Roaming\\headroom');
    expect(userDataDir({ platform: 'win32', env: {}, homedir: 'C:\\Users\\ana' })).toBe('C:\\Users\\ana\\AppData\\Roaming\\headroom');
  });
});
