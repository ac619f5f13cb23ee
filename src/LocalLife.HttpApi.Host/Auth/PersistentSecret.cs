using System.Security.Cryptography;

namespace LocalLife.Auth;

/// <summary>A random 256-bit secret kept (base64) in a file of the key folder: created once, shared by every host.</summary>
internal static class PersistentSecret
{
    public static string LoadOrCreate(string path)
    {
        if (File.Exists(path)) return File.ReadAllText(path).Trim();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temp, secret);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            File.Move(temp, path, overwrite: false);
            return secret;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp); // another host wrote it first: use theirs
            return File.ReadAllText(path).Trim();
        }
    }
}
