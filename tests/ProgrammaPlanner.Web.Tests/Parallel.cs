// Test fixtures run side by side: a browser test mostly waits on its own app process and the browser, so two at a time
// use both cores of the CI machine. Three at a time was no faster there and made the slowest UI waits flaky under load.
// Each test starts its own app on its own port and database file; a fixture that cannot share the machine says [NonParallelizable].
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]
