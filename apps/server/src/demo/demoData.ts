/** The password every demo account shares; printed at each start, documented in the README. */
export const demoPassword = "xietong2026";

/** The demo unit a new database gets. */
export const demoUnitName = "示例市人民政府办公室";

/** The platform admin of a fresh demo platform. */
export const demoPlatformAdmin = { name: "陈建国", phone: "13800000000" };

/** The demo unit's departments; a parent is named before its children. */
export const demoDepartments = [
  { key: "office", name: "办公室", parent: null },
  { key: "secretariat", name: "秘书科", parent: "office" },
  { key: "general", name: "综合科", parent: "office" },
  { key: "information", name: "信息科", parent: null },
] as const;

type DepartmentKey = (typeof demoDepartments)[number]["key"];

/** The demo unit's members: an admin, a leader and two staff. */
export const demoMembers: readonly {
  key: string;
  name: string;
  phone: string;
  role: "member" | "unit_admin";
  department: DepartmentKey;
  title: string;
}[] = [
  {
    key: "admin",
    name: "王建华",
    phone: "13800000001",
    role: "unit_admin",
    department: "office",
    title: "单位管理员",
  },
  {
    key: "leader",
    name: "刘志强",
    phone: "13800000002",
    role: "member",
    department: "office",
    title: "领导",
  },
  {
    key: "author",
    name: "张丽",
    phone: "13800000003",
    role: "member",
    department: "secretariat",
    title: "秘书科科员",
  },
  {
    key: "colleague",
    name: "李明",
    phone: "13800000004",
    role: "member",
    department: "general",
    title: "综合科科员",
  },
];

/**
 * The sample document: owned by 张丽, shared with 办公室 and everyone below it. Its
 * body is laid out as a 通知 under GB/T 9704-2012: the title, the 主送机关 flush left,
 * the body text, then the issuing body and date.
 */
export const demoDocument = {
  title: "关于做好2027年元旦春节期间值班工作的通知",
  owner: "author",
  sharedWith: "office" as DepartmentKey,
  addressee: "各科室：",
  paragraphs: [
    "为确保元旦、春节期间各项工作平稳有序，现就做好节日期间值班工作通知如下：",
    "一、严格落实值班制度。各科室要安排专人值班，值班人员须保持通讯畅通，不得擅离岗位。",
    "二、及时报告重要情况。遇有突发事件，值班人员要第一时间向带班领导报告，并按规定程序处置。",
    "三、做好值班记录。值班人员要如实记录值班情况，做好交接班工作。",
    "请各科室于12月25日前将值班表报送办公室秘书科。",
  ],
  issuer: "示例市人民政府办公室",
  date: "2026年12月3日",
} as const;
