Console.WriteLine("Border design-time host for dotnet-ef.");
