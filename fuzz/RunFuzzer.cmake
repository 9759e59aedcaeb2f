# cmake -DFUZZER=... -DSEEDS=dir -DWORK=dir -DARTIFACTS=dir -DRUNS=n -P RunFuzzer.cmake
# Runs a libFuzzer binary from a clean scratch corpus seeded by SEEDS; fails on any crash,
# leak, sanitizer report or input slower than the timeout.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}" "${ARTIFACTS}")
execute_process(COMMAND "${FUZZER}" -runs=${RUNS} -seed=1 -timeout=10 -rss_limit_mb=4096
                        -artifact_prefix=${ARTIFACTS}/ "${WORK}" "${SEEDS}"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "fuzzer failed (${result}); the input that failed is in ${ARTIFACTS}")
endif()
