using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace LocalLife.Auth;

/// <summary>
/// An RSA key kept in a PEM file: created on first start, then loaded, so tokens survive restarts and every host
/// that shares the folder signs and reads the same tokens.
/// </summary>
internal static class PersistentRsaKey
{
    public static RsaSecurityKey LoadOrCreate(string path)
    {
        var rsa = RSA.Create();
        if (File.Exists(path))
        {
            rsa.ImportFromPem(File.ReadAllText(path));
        }
        else
        {
            rsa.KeySize = 2048;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temp, rsa.ExportPkcs8PrivateKeyPem());
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            try
            {
                File.Move(temp, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another host created it at the same moment: use theirs.
                File.Delete(temp);
                rsa.ImportFromPem(File.ReadAllText(path));
            }
        }
        return new RsaSecurityKey(rsa) { KeyId = Convert.ToHexString(SHA256.HashData(rsa.ExportRSAPublicKey()))[..16] };
    }
}
