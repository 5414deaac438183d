//! Where the server listens: 127.0.0.1 unless `--bind` says otherwise, on
//! port 1111 (or the next free one), an exact `--port`, or any free port
//! with `--port 0`.

use std::io::ErrorKind;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener};

pub const DEFAULT_PORT: u16 = 1111;
/// How many ports after the default are tried when it is taken.
const TRIES: u16 = 20;

pub fn parse_bind(text: Option<&str>) -> Result<IpAddr, String> {
    match text.map(str::trim) {
        None => Ok(IpAddr::V4(Ipv4Addr::LOCALHOST)),
        Some("localhost") => Ok(IpAddr::V4(Ipv4Addr::LOCALHOST)),
        Some(t) => t
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse()
            .map_err(|_| format!("--bind expects an IP address such as 127.0.0.1, 0.0.0.0 or ::1, found `{t}`")),
    }
}

pub struct Bound {
    pub listener: TcpListener,
    pub addr: SocketAddr,
    /// Said when the default port was taken and another one is used.
    pub note: Option<String>,
}

pub fn bind(ip: IpAddr, port: Option<u16>) -> Result<Bound, String> {
    let bound = |listener: TcpListener, note| {
        let addr = listener.local_addr().map_err(|e| format!("cannot read the server address: {e}"))?;
        Ok(Bound { listener, addr, note })
    };
    match port {
        Some(p) => match TcpListener::bind((ip, p)) {
            Ok(l) => bound(l, None),
            Err(e) if e.kind() == ErrorKind::AddrInUse => Err(format!(
                "port {p} on {ip} is already in use (another `mediakit serve`?); choose another with --port N, or --port 0 for any free port"
            )),
            Err(e) => Err(format!("cannot listen on {}: {e}", SocketAddr::new(ip, p))),
        },
        None => {
            for p in DEFAULT_PORT..DEFAULT_PORT + TRIES {
                match TcpListener::bind((ip, p)) {
                    Ok(l) => {
                        let note =
                            (p != DEFAULT_PORT).then(|| format!("port {DEFAULT_PORT} is in use; using {p} instead"));
                        return bound(l, note);
                    }
                    Err(e) if e.kind() == ErrorKind::AddrInUse => continue,
                    Err(e) => return Err(format!("cannot listen on {}: {e}", SocketAddr::new(ip, p))),
                }
            }
            Err(format!(
                "ports {DEFAULT_PORT} to {} on {ip} are all in use; choose one with --port N, or --port 0 for any free port",
                DEFAULT_PORT + TRIES - 1
            ))
        }
    }
}

/// The host part of the address to open in a browser: a wildcard bind is
/// reachable at the loopback address too.
pub fn url_host(addr: &SocketAddr) -> String {
    match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => Ipv4Addr::LOCALHOST.to_string(),
        IpAddr::V6(ip) if ip.is_unspecified() => format!("[{}]", Ipv6Addr::LOCALHOST),
        IpAddr::V4(ip) => ip.to_string(),
        IpAddr::V6(ip) => format!("[{ip}]"),
    }
}

pub fn base_url(addr: &SocketAddr) -> String {
    format!("http://{}:{}", url_host(addr), addr.port())
}

/// The `Host` header values a loopback-only server answers to. Refusing
/// other names stops a web page from reaching the preview through DNS rebinding.
pub fn allowed_hosts(addr: &SocketAddr) -> Option<Vec<String>> {
    if !addr.ip().is_loopback() {
        return None;
    }
    let port = addr.port();
    let names = ["localhost".to_string(), "127.0.0.1".to_string(), "[::1]".to_string(), url_host(addr)];
    Some(names.iter().flat_map(|n| [n.clone(), format!("{n}:{port}")]).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bind_addresses() {
        assert_eq!(parse_bind(None).unwrap(), IpAddr::V4(Ipv4Addr::LOCALHOST));
        assert_eq!(parse_bind(Some("0.0.0.0")).unwrap().to_string(), "0.0.0.0");
        assert_eq!(parse_bind(Some("[::1]")).unwrap().to_string(), "::1");
        assert!(parse_bind(Some("example.com")).unwrap_err().contains("--bind expects"));
    }

    #[test]
    fn a_taken_port_is_explained_and_port_zero_picks_one() {
        let ip = IpAddr::V4(Ipv4Addr::LOCALHOST);
        let any = bind(ip, Some(0)).unwrap();
        assert_ne!(any.addr.port(), 0);
        let taken = bind(ip, Some(any.addr.port())).err().unwrap();
        assert!(taken.contains("already in use"), "{taken}");
        let wild: SocketAddr = "0.0.0.0:5".parse().unwrap();
        assert_eq!(base_url(&wild), "http://127.0.0.1:5");
        assert!(allowed_hosts(&wild).is_none());
    }
}
