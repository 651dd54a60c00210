/* Stand-in for Windows' bcryptprimitives.dll, which wine 8.0 lacks and Go 1.26 programs load:
   ProcessPrng fills a buffer with random bytes, here from RtlGenRandom (advapi32). For tests only. */
#include <windows.h>
BOOLEAN NTAPI SystemFunction036(PVOID buffer, ULONG length);
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk; len -= chunk;
    }
    return TRUE;
}
