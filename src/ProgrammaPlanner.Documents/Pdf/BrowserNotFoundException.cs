namespace ProgrammaPlanner.Documents.Pdf;

/// <summary>No Chromium to print with. The message tells the user what to do; the UI shows it, the CLI exits non-zero.</summary>
public sealed class BrowserNotFoundException(string message) : Exception(message);
