//! An index as one file: the browser fetches one immutable, content-hashed file per
//! part instead of many small ones. Layout: `WWZ1`, the number of files (u32), then
//! per file its name (u16 length + UTF-8) and its bytes (u32 length + data); all
//! integers little-endian.

use crate::SearchError;

const MAGIC: &[u8; 4] = b"WWZ1";

pub fn pack(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::with_capacity(files.iter().map(|(n, d)| n.len() + d.len() + 6).sum::<usize>() + 8);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(files.len() as u32).to_le_bytes());
    for (name, data) in files {
        out.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out.extend_from_slice(data);
    }
    out
}

pub fn unpack(bytes: &[u8]) -> Result<Vec<(String, Vec<u8>)>, SearchError> {
    let corrupt = |what: &str| SearchError::Corrupt(what.to_string());
    let mut pos: usize = 0;
    let mut take = |n: usize| -> Result<&[u8], SearchError> {
        let end = pos.checked_add(n).filter(|e| *e <= bytes.len()).ok_or_else(|| corrupt("it ends too early"))?;
        let slice = &bytes[pos..end];
        pos = end;
        Ok(slice)
    };
    if take(4)? != MAGIC {
        return Err(corrupt("it is not a Wijkwijzer search index"));
    }
    let count = u32::from_le_bytes(take(4)?.try_into().map_err(|_| corrupt("bad count"))?) as usize;
    let mut files = Vec::with_capacity(count.min(1024));
    for _ in 0..count {
        let name_len = u16::from_le_bytes(take(2)?.try_into().map_err(|_| corrupt("bad name"))?) as usize;
        let name = String::from_utf8(take(name_len)?.to_vec()).map_err(|_| corrupt("a file name is not UTF-8"))?;
        let len = u32::from_le_bytes(take(4)?.try_into().map_err(|_| corrupt("bad length"))?) as usize;
        files.push((name, take(len)?.to_vec()));
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_damage() {
        let files = vec![("meta.json".to_string(), b"{}".to_vec()), ("a.idx".to_string(), vec![1, 2, 3])];
        let packed = pack(&files);
        assert_eq!(unpack(&packed).unwrap(), files);
        assert!(unpack(&packed[..packed.len() - 1]).is_err());
        assert!(unpack(b"nope").is_err());
        assert!(unpack(&[]).is_err());
        let mut huge = packed.clone();
        huge[4..8].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(unpack(&huge).is_err());
    }
}
