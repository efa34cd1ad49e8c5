namespace ReportMiner.Pdf.Encryption;

/// <summary>How strings or streams are encrypted (the /CFM of a crypt filter, §7.6.5).</summary>
internal enum CryptMethod
{
    /// <summary>Not encrypted (/None, or the /Identity crypt filter).</summary>
    None,

    /// <summary>RC4 with a per-object key (/V2, and every V1–V2 file).</summary>
    Rc4,

    /// <summary>AES-128 in CBC mode with a per-object key (/AESV2).</summary>
    AesV2,

    /// <summary>AES-256 in CBC mode with the file key (/AESV3).</summary>
    AesV3,
}
