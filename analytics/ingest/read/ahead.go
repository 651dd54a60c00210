package read

import (
	"errors"
	"io"
	"sync"
)

// aheadReader reads (decompresses) its source on its own goroutine, a few chunks ahead of the
// reader: inflating a sheet and scanning its XML share the processor's cores. Close stops the
// goroutine before it closes the source.
type aheadReader struct {
	rc     io.ReadCloser
	chunks chan aheadChunk
	free   chan []byte
	stop   chan struct{}
	done   chan struct{}
	once   sync.Once
	cur    []byte // what is left of the chunk being read
	held   []byte // that chunk's buffer, given back when it is used up
	err    error
}

type aheadChunk struct {
	b   []byte
	err error
}

const aheadChunks, aheadChunkBytes = 4, 256 << 10

func newAheadReader(rc io.ReadCloser) *aheadReader {
	a := &aheadReader{rc: rc, chunks: make(chan aheadChunk, aheadChunks), free: make(chan []byte, aheadChunks),
		stop: make(chan struct{}), done: make(chan struct{})}
	for i := 0; i < aheadChunks; i++ {
		a.free <- make([]byte, aheadChunkBytes)
	}
	go a.run()
	return a
}

func (a *aheadReader) run() {
	defer close(a.done)
	for {
		var b []byte
		select {
		case b = <-a.free:
		case <-a.stop:
			return
		}
		n, err := io.ReadFull(a.rc, b)
		if errors.Is(err, io.ErrUnexpectedEOF) {
			err = io.EOF // a last, shorter chunk
		}
		select {
		case a.chunks <- aheadChunk{b[:n], err}:
		case <-a.stop:
			return
		}
		if err != nil {
			return
		}
	}
}

func (a *aheadReader) Read(p []byte) (int, error) {
	for len(a.cur) == 0 {
		if a.err != nil {
			return 0, a.err
		}
		if a.held != nil {
			a.free <- a.held[:cap(a.held)] // there is room: every buffer is here or there
			a.held = nil
		}
		c := <-a.chunks
		a.held, a.cur, a.err = c.b, c.b, c.err
	}
	n := copy(p, a.cur)
	a.cur = a.cur[n:]
	return n, nil
}

// Close stops the goroutine and closes the source; closing again does nothing.
func (a *aheadReader) Close() error {
	var err error
	a.once.Do(func() {
		close(a.stop)
		<-a.done
		err = a.rc.Close()
	})
	return err
}
