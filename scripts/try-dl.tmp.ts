import { deadlineMarks } from "../app/domain/extraction/deadlines";
console.log(deadlineMarks("力争2—3年工业产值对全区的贡献度达到50%以上，综合实力排名进入全省开发区前20%", 2023));
