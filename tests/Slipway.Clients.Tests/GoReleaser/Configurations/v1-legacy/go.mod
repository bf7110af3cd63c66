module github.com/quillcraft/quill

go 1.22
