# Runs one program on a new pseudo-terminal for the embedded cluster's exec with tty=true,
# because Node has no pty of its own. argv: ROWS COLS FILE ARGV0 [ARG...]; FILE is exec'd
# directly (no shell) with ARGV0 as its argv[0]. fd 0/1 are relayed to and from the terminal; fd 3 carries resize
# requests, one "ROWS COLS" per line, applied with TIOCSWINSZ (the kernel then sends SIGWINCH).
# When fd 3 closes (the cluster ended the session, or died) the program's process group is
# killed. Exits with the program's status (128 + signal when it was killed).
import errno, fcntl, os, select, signal, struct, sys, termios

CONTROL = 3


def set_size(fd, rows, cols):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


def write_all(fd, data):
    while data:
        data = data[os.write(fd, data):]


def main():
    rows, cols, file, argv = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4:]
    # The size is set before the program exists, so later resizes cannot be overtaken by it.
    master, slave = os.openpty()
    set_size(master, rows, cols)
    pid = os.fork()
    if pid == 0:
        os.close(master)
        os.close(CONTROL)
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
        for fd in (0, 1, 2):
            os.dup2(slave, fd)
        os.close(slave)
        try:
            os.execv(file, argv)
        except OSError as e:
            os.write(2, f"{file}: {e.strerror}\n".encode())
            os._exit(127)
    os.close(slave)

    def kill_child(*_):
        for sig in (signal.SIGHUP, signal.SIGKILL):
            try:
                os.killpg(pid, sig)
            except OSError:
                pass
        os._exit(128 + signal.SIGKILL)

    signal.signal(signal.SIGTERM, kill_child)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    inputs, pending = [0, master, CONTROL], b""
    while True:
        try:
            ready, _, _ = select.select(inputs, [], [])
        except InterruptedError:
            continue
        if master in ready:
            try:
                data = os.read(master, 65536)
            except OSError as e:
                if e.errno != errno.EIO:
                    raise
                data = b""
            if not data:
                break
            try:
                write_all(1, data)
            except BrokenPipeError:
                kill_child()
        if 0 in ready:
            data = os.read(0, 65536)
            if data:
                write_all(master, data)
            else:
                inputs.remove(0)
                write_all(master, b"\x04")  # stdin closed: end-of-file, as Ctrl-D on a terminal
        if CONTROL in ready:
            data = os.read(CONTROL, 4096)
            if not data:
                kill_child()
            pending += data
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                try:
                    r, c = (int(x) for x in line.split())
                    set_size(master, r, c)
                except ValueError:
                    pass
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    sys.exit(code if code >= 0 else 128 - code)


main()
