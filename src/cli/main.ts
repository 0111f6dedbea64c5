console.log("arabic-entities");
