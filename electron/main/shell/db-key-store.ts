import { join } from 'node:path';
import { safeStorage } from 'electron';
import { wrappedKeyStore, type DbKeyStore } from '../db/db-key';

/** The desktop's key file in the data folder, wrapped by the OS (DPAPI, Keychain, libsecret/kwallet). */
export const DB_KEY_FILE = 'cases.key';

/**
 * The data folder's database key, kept wrapped by Electron safeStorage (issue 15 item 1): only the same OS
 * account on the same machine can unwrap it. Available after app 'ready'. A key is never made while the OS
 * cannot wrap it: the database would otherwise be encrypted with a key kept in the clear.
 */
export function safeStorageKeyStore(dataDir: string): DbKeyStore {
  return wrappedKeyStore(join(dataDir, DB_KEY_FILE), {
    wrap(hex) {
      if (!safeStorage.isEncryptionAvailable())
        throw new Error('操作系统的密钥保管不可用，无法为数据库生成加密密钥');
      return safeStorage.encryptString(hex);
    },
    unwrap: (wrapped) => safeStorage.decryptString(wrapped),
  });
}
