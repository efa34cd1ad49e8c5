using System.Text;

namespace ReportMiner.Classification;

/// <summary>
/// Reads and writes the binary model format, version 1 (see <c>ModelFormat.md</c> beside this file). Every
/// number is little-endian; the file ends with an FNV-1a 64-bit checksum of all the bytes before it, so a damaged
/// file is refused instead of giving quietly wrong answers.
/// </summary>
internal static class ModelSerializer
{
    /// <summary>The first four bytes of every model file: <c>RMCM</c> (ReportMiner classifier model).</summary>
    public static ReadOnlySpan<byte> Magic => "RMCM"u8;

    /// <summary>The format version this code writes and reads.</summary>
    public const ushort Version = 1;

    private const string SoftmaxKind = "softmax";
    private const byte Float16 = 1;
    private const byte Float32 = 2;
    private const int MaxLabels = 4096;

    public static void Write(SoftmaxClassifier model, Stream destination)
    {
        using var memory = new MemoryStream();
        using (var w = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(Version);
            w.Write((ushort)0);
            w.Write(SoftmaxKind);
            w.Write(model.Name);

            var f = model.Features;
            w.Write((byte)f.HashBits);
            w.Write((byte)f.CharMin);
            w.Write((byte)f.CharMax);
            w.Write((byte)(f.WordBigrams ? 1 : 0));
            w.Write(f.WordWeight);
            w.Write(f.CharWeight);
            w.Write(f.HeadingWeight);
            w.Write(f.KindWeight);
            w.Write(f.ContextWeight);

            w.Write(model.Labels.Count);
            foreach (var label in model.Labels)
            {
                w.Write(label);
            }

            w.Write(model.GroupCount);
            if (model.GroupCount > 0)
            {
                foreach (var g in model.LabelGroups)
                {
                    w.Write7BitEncodedInt(g + 1);
                }
            }

            w.Write(model.Temperature);
            w.Write(model.AbstainThreshold);

            var half = FitsHalf(model.Weights) && FitsHalf(model.Bias);
            w.Write(half ? Float16 : Float32);
            WriteValues(w, model.Bias, half);
            w.Write(model.RowFeatures.Length);
            var k = model.Columns;
            var previous = -1;
            for (var r = 0; r < model.RowFeatures.Length; r++)
            {
                var feature = model.RowFeatures[r];
                w.Write7BitEncodedInt(feature - previous - 1);
                previous = feature;
                WriteValues(w, model.Weights.Slice(r * k, k), half);
            }
        }

        var bytes = memory.GetBuffer().AsSpan(0, (int)memory.Length);
        destination.Write(bytes);
        Span<byte> sum = stackalloc byte[8];
        BitConverter.TryWriteBytes(sum, Checksum(bytes));
        if (!BitConverter.IsLittleEndian)
        {
            sum.Reverse();
        }

        destination.Write(sum);
    }

    public static SoftmaxClassifier Read(Stream source)
    {
        byte[] bytes;
        try
        {
            using var memory = new MemoryStream();
            source.CopyTo(memory);
            bytes = memory.ToArray();
        }
        catch (IOException e)
        {
            throw new ModelException($"the model could not be read: {e.Message}", e);
        }

        if (bytes.Length < Magic.Length + 2 + 8 || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new ModelException("this is not a ReportMiner model file (it does not start with 'RMCM'); regenerate it with 'reportminer train'");
        }

        var version = BitConverter.ToUInt16(bytes, Magic.Length);
        if (version != Version)
        {
            throw new ModelException($"the model is format version {version}; this ReportMiner reads version {Version}: regenerate it with 'reportminer train'");
        }

        var body = bytes.AsSpan(0, bytes.Length - 8);
        var stored = BitConverter.ToUInt64(bytes, bytes.Length - 8);
        if (stored != Checksum(body))
        {
            throw new ModelException("the model file is damaged (its checksum does not match its contents); regenerate it with 'reportminer train'");
        }

        using var stream = new MemoryStream(bytes, 0, body.Length, writable: false);
        using var r = new BinaryReader(stream, Encoding.UTF8);
        var section = "header";
        try
        {
            r.ReadBytes(Magic.Length + 2);
            r.ReadUInt16();
            var kind = r.ReadString();
            if (kind != SoftmaxKind)
            {
                throw new ModelException($"the model is of kind '{kind}'; this ReportMiner reads '{SoftmaxKind}' models");
            }

            var name = r.ReadString();
            section = "feature configuration";
            var features = new FeatureOptions
            {
                HashBits = r.ReadByte(),
                CharMin = r.ReadByte(),
                CharMax = r.ReadByte(),
                WordBigrams = (r.ReadByte() & 1) != 0,
                WordWeight = r.ReadSingle(),
                CharWeight = r.ReadSingle(),
                HeadingWeight = r.ReadSingle(),
                KindWeight = r.ReadSingle(),
                ContextWeight = r.ReadSingle(),
            };
            try
            {
                features.Validate();
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new ModelException($"the model's feature configuration is invalid: {e.Message}", e);
            }

            section = "labels";
            var k = r.ReadInt32();
            if (k < 1 || k > MaxLabels)
            {
                throw new ModelException($"the model declares {k} labels (expected 1 to {MaxLabels})");
            }

            var labels = new string[k];
            for (var j = 0; j < k; j++)
            {
                labels[j] = r.ReadString();
            }

            if (labels.Distinct(StringComparer.Ordinal).Count() != k)
            {
                throw new ModelException("the model's labels are not distinct");
            }

            section = "label groups";
            var groupCount = r.ReadInt32();
            if (groupCount < 0 || groupCount > k)
            {
                throw new ModelException($"the model declares {groupCount} label groups (expected 0 to {k})");
            }

            var groups = new int[k];
            for (var j = 0; j < k; j++)
            {
                groups[j] = groupCount == 0 ? -1 : r.Read7BitEncodedInt() - 1;
                if (groups[j] < -1 || groups[j] >= groupCount)
                {
                    throw new ModelException($"the model puts label '{labels[j]}' in group {groups[j]}, outside its {groupCount} groups");
                }
            }

            section = "calibration";
            var temperature = r.ReadSingle();
            var threshold = r.ReadSingle();
            if (!float.IsFinite(temperature) || temperature <= 0)
            {
                throw new ModelException($"the model's temperature {temperature} is not a positive number");
            }

            if (!(threshold >= 0 && threshold <= 1))
            {
                throw new ModelException($"the model's abstain threshold {threshold} is not between 0 and 1");
            }

            section = "weights";
            var encoding = r.ReadByte();
            if (encoding is not (Float16 or Float32))
            {
                throw new ModelException($"the model's weight encoding {encoding} is unknown (1: float16, 2: float32)");
            }

            var bias = new float[k];
            ReadValues(r, bias, encoding == Float16);
            var rows = r.ReadInt32();
            var dimension = features.Dimension;
            if (rows < 0 || rows > dimension)
            {
                throw new ModelException($"the model declares {rows} weight rows (expected 0 to {dimension})");
            }

            var columns = k + groupCount;
            var rowFeatures = new int[rows];
            var weights = new float[(long)rows * columns];
            var previous = -1;
            for (var row = 0; row < rows; row++)
            {
                var feature = previous + 1 + r.Read7BitEncodedInt();
                if (feature <= previous || feature >= dimension)
                {
                    throw new ModelException($"the model's weight row {row} names feature {feature}, outside the hash space of {dimension}");
                }

                rowFeatures[row] = feature;
                previous = feature;
                ReadValues(r, weights.AsSpan(row * columns, columns), encoding == Float16);
            }

            if (stream.Position != stream.Length)
            {
                throw new ModelException($"the model has {stream.Length - stream.Position} unexpected bytes after its weights");
            }

            return new SoftmaxClassifier(name, labels, groups, groupCount, features, rowFeatures, weights, bias, temperature, threshold);
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or DecoderFallbackException)
        {
            throw new ModelException($"the model file is truncated or malformed in its {section}: {e.Message}", e);
        }
    }

    /// <summary>FNV-1a, 64 bits, over <paramref name="bytes"/>.</summary>
    public static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        var h = 14695981039346656037UL;
        foreach (var b in bytes)
        {
            h = (h ^ b) * 1099511628211UL;
        }

        return h;
    }

    private static bool FitsHalf(ReadOnlySpan<float> values)
    {
        foreach (var v in values)
        {
            if ((float)(Half)v != v)
            {
                return false;
            }
        }

        return true;
    }

    private static void WriteValues(BinaryWriter w, ReadOnlySpan<float> values, bool half)
    {
        foreach (var v in values)
        {
            if (half)
            {
                w.Write((Half)v);
            }
            else
            {
                w.Write(v);
            }
        }
    }

    private static void ReadValues(BinaryReader r, Span<float> values, bool half)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var v = half ? (float)r.ReadHalf() : r.ReadSingle();
            if (!float.IsFinite(v))
            {
                throw new ModelException("the model holds a weight that is not a finite number");
            }

            values[i] = v;
        }
    }
}
