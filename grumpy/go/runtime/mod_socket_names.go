package runtime

import (
	"bufio"
	"net"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// _socket's name-service functions: gethostbyaddr, gethostbyname_ex,
// getnameinfo, getservbyname, getservbyport, getprotobyname. Host names
// come from /etc/hosts first (as the C library's resolver with the usual
// nsswitch order), then DNS; services from /etc/services.

type hostsLine struct {
	addr  net.IP
	names []string
}

func readHostsFile() []hostsLine {
	f, err := os.Open("/etc/hosts")
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []hostsLine
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		ip := net.ParseIP(fields[0])
		if ip == nil {
			continue
		}
		out = append(out, hostsLine{addr: ip, names: fields[1:]})
	}
	return out
}

func herror(code int, msg string) *BaseException {
	e := newExcOf(sockHerrorType, nil)
	osErrorSetup(e, []Object{MakeInt(int64(code)), NewStr(msg)})
	return e
}

func strList(items []string) *List {
	out := make([]Object, len(items))
	for i, s := range items {
		out[i] = NewStr(s)
	}
	return NewList(out...)
}

// sockHostByAddr is gethostbyaddr's lookup: (name, aliases).
func sockHostByAddr(ip net.IP) (string, []string, bool) {
	for _, l := range readHostsFile() {
		if l.addr.Equal(ip) {
			return l.names[0], append([]string{}, l.names[1:]...), true
		}
	}
	names, err := net.LookupAddr(ip.String())
	if err != nil || len(names) == 0 {
		return "", nil, false
	}
	return strings.TrimSuffix(names[0], "."), nil, true
}

func initSocketNames(d *Dict) {
	fn := func(name string, params []string, f func(t *Thread, a []Object) (Object, *BaseException)) {
		posixFunc(d, name, params, f)
		d.GetStr(name).(*Builtin).module = "_socket"
	}
	fn("gethostbyaddr", []string{"host", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		h, exc := sockHostStr(t, a[0])
		if exc != nil {
			return nil, exc
		}
		ip := net.ParseIP(h)
		if ip == nil {
			ip, exc = sockResolveHost(h, syscall.AF_UNSPEC)
			if exc != nil {
				return nil, exc
			}
		}
		if ip4 := ip.To4(); ip4 != nil {
			ip = ip4
		}
		name, aliases, ok := sockHostByAddr(ip)
		if !ok {
			return nil, herror(1, "Unknown host")
		}
		return NewTuple(NewStr(name), strList(aliases), strList([]string{ip.String()})), nil
	})
	fn("gethostbyname_ex", []string{"host", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		h, exc := sockHostStr(t, a[0])
		if exc != nil {
			return nil, exc
		}
		if ip := net.ParseIP(h); ip != nil {
			ip4 := ip.To4()
			if ip4 == nil {
				return nil, gaiError(-9, "Address family for hostname not supported")
			}
			return NewTuple(NewStr(h), NewList(), strList([]string{ip4.String()})), nil
		}
		canon := ""
		var aliases, addrs []string
		for _, l := range readHostsFile() {
			ip4 := l.addr.To4()
			if ip4 == nil {
				continue
			}
			for _, n := range l.names {
				if strings.EqualFold(n, h) {
					if canon == "" {
						canon = l.names[0]
						for _, al := range l.names[1:] {
							aliases = append(aliases, al)
						}
					}
					addrs = append(addrs, ip4.String())
					break
				}
			}
		}
		if canon == "" {
			ip, exc := sockResolveHost(h, syscall.AF_INET)
			if exc != nil {
				return nil, exc
			}
			canon, addrs = h, []string{ip.String()}
		}
		return NewTuple(NewStr(canon), strList(aliases), strList(addrs)), nil
	})
	fn("getnameinfo", []string{"sockaddr", "flags", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		tup, ok := a[0].(*Tuple)
		if !ok {
			return nil, NewError(TypeErrorType, "getnameinfo() argument 1 must be a tuple")
		}
		if len(tup.items) < 2 || len(tup.items) > 4 {
			return nil, NewError(TypeErrorType, "getnameinfo(): illegal sockaddr argument")
		}
		flags, exc := sockIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		if len(tup.items) >= 3 {
			if fi, exc := sockIntArg(t, tup.items[2]); exc != nil {
				return nil, exc
			} else if fi < 0 || fi > 0xfffff {
				return nil, NewError(OverflowErrorType, "getnameinfo(): flowinfo must be 0-1048575.")
			}
		}
		h, exc := sockHostStr(t, tup.items[0])
		if exc != nil {
			return nil, exc
		}
		port, exc := sockIntArg(t, tup.items[1])
		if exc != nil {
			return nil, exc
		}
		ip := net.ParseIP(h)
		if ip == nil {
			ip, exc = sockResolveHost(h, syscall.AF_UNSPEC)
			if exc != nil {
				return nil, exc
			}
		}
		if ip4 := ip.To4(); ip4 != nil {
			ip = ip4
		}
		host := ip.String()
		if flags&1 == 0 { // not NI_NUMERICHOST
			if name, _, ok := sockHostByAddr(ip); ok {
				host = name
			} else if flags&8 != 0 { // NI_NAMEREQD
				return nil, gaiError(-2, "Name or service not known")
			}
		}
		serv := strconv.Itoa(port)
		if flags&2 == 0 { // not NI_NUMERICSERV
			proto := "tcp"
			if flags&16 != 0 {
				proto = "udp"
			}
			if name, ok := sockServiceByPort(port, proto); ok {
				serv = name
			}
		}
		return NewTuple(NewStr(host), NewStr(serv)), nil
	})
	fn("getservbyname", []string{"servicename", "protocolname?", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		name, ok := strArgOf(a[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "getservbyname() argument 1 must be str, not %s", TypeOf(a[0]).name)
		}
		proto := ""
		if a[1] != nil {
			p, ok := strArgOf(a[1])
			if !ok {
				return nil, Errorf(TypeErrorType, "getservbyname() argument 2 must be str, not %s", TypeOf(a[1]).name)
			}
			proto = p.s
		}
		for _, s := range readServices() {
			if (proto == "" || proto == s.proto) && s.has(name.s) {
				return MakeInt(int64(s.port)), nil
			}
		}
		if proto == "" || proto == "tcp" {
			if port, ok := sockServices(name.s); ok {
				return MakeInt(int64(port)), nil
			}
		}
		return nil, NewError(OSErrorType, "service/proto not found")
	})
	fn("getservbyport", []string{"port", "protocolname?", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		port, exc := sockIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		if port < 0 || port > 0xffff {
			return nil, NewError(OverflowErrorType, "getservbyport: port must be 0-65535.")
		}
		proto := ""
		if a[1] != nil {
			p, ok := strArgOf(a[1])
			if !ok {
				return nil, Errorf(TypeErrorType, "getservbyport() argument 2 must be str, not %s", TypeOf(a[1]).name)
			}
			proto = p.s
		}
		if name, ok := sockServiceByPort(port, proto); ok {
			return NewStr(name), nil
		}
		return nil, NewError(OSErrorType, "port/proto not found")
	})
	fn("getprotobyname", []string{"name", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		name, ok := strArgOf(a[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "getprotobyname() argument 1 must be str, not %s", TypeOf(a[0]).name)
		}
		switch strings.ToLower(name.s) {
		case "ip":
			return MakeInt(0), nil
		case "icmp":
			return MakeInt(1), nil
		case "tcp":
			return MakeInt(6), nil
		case "udp":
			return MakeInt(17), nil
		case "ipv6":
			return MakeInt(41), nil
		case "icmpv6", "ipv6-icmp":
			return MakeInt(58), nil
		case "raw":
			return MakeInt(255), nil
		}
		return nil, NewError(OSErrorType, "protocol not found")
	})
}

type servEntry struct {
	name    string
	port    int
	proto   string
	aliases []string
}

func (s servEntry) has(name string) bool {
	if s.name == name {
		return true
	}
	for _, a := range s.aliases {
		if a == name {
			return true
		}
	}
	return false
}

func readServices() []servEntry {
	f, err := os.Open("/etc/services")
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []servEntry
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		pp := strings.SplitN(fields[1], "/", 2)
		if len(pp) != 2 {
			continue
		}
		port, err := strconv.Atoi(pp[0])
		if err != nil {
			continue
		}
		out = append(out, servEntry{name: fields[0], port: port, proto: pp[1], aliases: fields[2:]})
	}
	return out
}

func sockServiceByPort(port int, proto string) (string, bool) {
	for _, s := range readServices() {
		if s.port == port && (proto == "" || proto == s.proto) {
			return s.name, true
		}
	}
	for _, name := range []string{"http", "https", "ftp", "ssh", "smtp", "domain"} {
		if p, _ := sockServices(name); p == port && (proto == "" || proto == "tcp") {
			return name, true
		}
	}
	return "", false
}
