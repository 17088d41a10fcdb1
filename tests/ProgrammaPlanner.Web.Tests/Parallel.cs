// Test fixtures run side by side: a browser test mostly waits on its own app process and the browser, so on a
// 2-core machine three at a time finish the suite in about half the time. Each test starts its own app on its own port
// and database file; a fixture that cannot share the machine says [NonParallelizable].
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(3)]
