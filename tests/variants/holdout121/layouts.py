"""Correct returns in copy-paste layouts: amounts as text with thousands separators, two
projects stacked with their header rows, a two-line header with 中期 and 年度 columns, an
operator column with full-width and variant signs, a flat department list with line breaks and
说明 rows. A careful reviewer marks nothing on them."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout121.registry import variant
from tests.variants.kit import Book, C, ok, pct

F2 = "0.00"


def m(v: float) -> C:
    return C(v, F2)


def sep(text: str) -> C:
    """An amount pasted as text with thousands separators: read as its number, a warning at most."""
    return ok(text, note="number stored as text with separators (X103 at most)")


@variant(
    "ma06-thousands-text",
    (9, 12),
    "department, NAT-2021, budget and task amounts pasted "
    "as text with thousands separators (1,250.00), all adding up",
)
def ma06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 16, 14))
    department_head(
        s,
        year=2027,
        dept="石桥县教育体育局",
        budget=[
            (sep("12,486.40"), sep("11,936.40"), sep("550.00"), sep("9,236.40"), sep("3,250.00"))
        ],
        tasks=[
            ("义务教育营养改善", "农村学生营养餐补助", sep("1,250.00"), "惠及学生1.25万人"),
            ("校舍维修改造", "12所中小学校舍维修", sep("1,180.00"), "维修面积3.6万平方米"),
            ("教师培训", "全县教师全员培训", sep("420.00"), "培训教师3100人次"),
            ("全民健身", "乡镇健身路径更新", sep("400.00"), "更新健身路径60处"),
            ("金额合计", None, sep("3,250.00"), None),
        ],
        goal="保障义务教育均衡发展，改善办学条件，提升教师队伍素质，推进全民健身。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "营养餐补助学生人数", "≥12500人"),
            (None, None, "校舍维修面积", "≥36000平方米"),
            (None, None, "教师培训人次", "≥3100人次"),
            (None, None, "健身路径更新数量", "≥60处"),
            (None, "质量指标", "校舍维修工程验收合格率", "=100%"),
            (None, None, "营养餐食品安全抽检合格率", "≥98%"),
            (None, "时效指标", "营养餐补助资金按月拨付率", "=100%"),
            ("成本指标", "经济成本指标", "营养餐补助标准", "≤5元/生·天"),
            (None, None, "校舍维修单位造价", "≤320元/平方米"),
            ("效益指标", "社会效益指标", "义务教育巩固率", "≥98%"),
            (None, "可持续影响指标", "校舍安全隐患整改到位率", "=100%"),
            ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
            (None, None, "参训教师满意度", "≥88%"),
        ],
        merged=(1, 2),
    )
    s.row("注：金额单位为万元。", None, None, "填报人：邓慧", "电话：0746-7721305")
    return b


@variant(
    "ma07-stacked-copied",
    (2, 4),
    "two one-year projects stacked in one sheet, OLD-NAT, "
    "each with its own header row, one value column",
)
def ma07() -> Book:
    b = Book()
    s = b.sheet("项目表", (14, 14, 30, 18, 16, 16))
    project_head(
        s,
        year=2027,
        name="白岭镇农村生活垃圾收运项目",
        dept="白岭镇人民政府（611020）",
        unit="白岭镇环境卫生所",
        money=[
            ("年度资金总额", m(128.00), "其中：财政拨款", m(118.00)),
            ("其他资金", m(10.00), None, None),
        ],
        goals=["全镇14个行政村生活垃圾日产日清，转运垃圾4200吨。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    s.row(*head)
    s.table(
        [
            ("产出指标", "数量指标", "覆盖行政村数量", "=14个"),
            (None, None, "生活垃圾转运量", "≥4200吨"),
            (None, "质量指标", "垃圾收运日产日清率", "≥95%"),
            (None, "时效指标", "垃圾桶破损更换时限", "≤3天"),
            (None, "成本指标", "垃圾转运单位成本", "≤280元/吨"),
            ("效益指标", "生态效益指标", "村庄垃圾乱堆乱放点数量", "≤5处"),
            (None, "可持续影响指标", "村级保洁长效机制", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s,
        year=2027,
        title="",
        name="白岭镇村级公益性岗位补助项目",
        dept="白岭镇人民政府（611020）",
        unit="白岭镇社会保障服务中心",
        money=[
            ("年度资金总额", m(86.40), "其中：财政拨款", m(86.40)),
            ("其他资金", m(0), None, None),
        ],
        goals=["开发村级公益性岗位120个，安置就业困难人员120人。"],
    )
    s.row(*head)
    s.table(
        [
            ("产出指标", "数量指标", "开发公益性岗位数量", "≥120个"),
            (None, None, "安置就业困难人员人数", "≥120人"),
            (None, "质量指标", "岗位人员考勤合格率", "≥95%"),
            (None, "时效指标", "岗位补贴按月发放率", "=100%"),
            (None, "成本指标", "岗位补贴标准", "≤600元/人·月"),
            ("效益指标", "社会效益指标", "零就业家庭动态清零率", "=100%"),
            (None, "可持续影响指标", "公益性岗位管理制度", "健全"),
            ("满意度指标", "服务对象满意度指标", "上岗人员满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.row("白岭镇人民政府（盖章）", None, None, "2026年11月20日")
    return b


@variant(
    "ma08-two-line-header",
    (8, 9),
    "three-year project, NAT-2021, two-line header "
    "(绩效指标 / 指标值 over 中期 and 年度), some values with full-width digits",
)
def ma08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 18, 30, 18, 18, 10))
    project_head(
        s,
        year=2027,
        years=3,
        attr="新增项目",
        name="东洲市智慧河长信息平台建设项目",
        dept="东洲市水利局（702011）",
        unit="东洲市河湖管理中心",
        money=[
            ("中期资金总额", m(1650.00), "年度资金总额", m(720.00)),
            ("其中：财政拨款", m(1500.00), "其中：财政拨款", m(650.00)),
            ("其他资金", m(150.00), "其他资金", m(70.00)),
        ],
        goals=[
            "三年建成覆盖全市主要河湖的智慧监测平台，布设水质自动监测站４０座，视频监控点３００个。",
            "2027年完成平台一期建设，布设水质自动监测站１６座、视频监控点１２０个。",
        ],
    )
    s.row("绩效指标", None, None, "指标值", None, None, merge=[(1, 3), (4, 5)])
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", None)
    s.table(
        [
            ("成本指标", "经济成本指标", "水质自动监测站单站造价", "≤１８万元/座", "≤１８万元/座"),
            ("产出指标", "数量指标", "水质自动监测站建设数量", "≥４０座", "≥１６座"),
            (None, None, "视频监控点建设数量", "≥３００个", "≥１２０个"),
            (None, None, "接入河湖数量", "≥６５条", "≥２５条"),
            (None, "质量指标", "监测数据有效传输率", "≥95%", "≥95%"),
            (None, None, "系统验收合格率", "=100%", "=100%"),
            (None, "时效指标", "平台一期上线时间", "2027年12月31日前", "2027年12月31日前"),
            ("效益指标", "生态效益指标", "主要河湖水质达标率", "≥90%", "≥85%"),
            (None, "社会效益指标", "河湖问题发现到交办时间", "≤２４小时", "≤４８小时"),
            (None, "可持续影响指标", "平台运维制度", "建立并执行", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "基层河长使用满意度", "≥90%", "≥85%"),
        ],
        merged=(1, 2),
    )
    s.row("填表人：黎志远", None, "审核人：戴红", None, "2026年11月15日")
    return b


@variant(
    "ma09-operator-signs",
    (1, 9),
    "project, OLD-NAT, operator column with pasted signs "
    "(＞=, ≧, 不低于, ≤), unit column, percent cells, weights adding to 100",
)
def ma09() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 14, 28, 10, 12, 12, 8))
    project_head(
        s,
        year=2027,
        name="青梧市基层医疗卫生机构能力提升项目",
        dept="青梧市卫生健康委员会（806002）",
        unit="青梧市基层卫生指导中心",
        money=[
            ("年度资金总额", m(915.00), "其中：财政拨款", m(850.00)),
            ("其他资金", m(65.00), None, None),
        ],
        goals=["为32家乡镇卫生院配备DR等设备，培训基层医务人员600人次，提升基层首诊能力。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "权重")
    s.table(
        [
            ("产出指标", "数量指标", "配备设备的乡镇卫生院数量", "＞=", 32, "家", 10),
            (None, None, "基层医务人员培训人次", "≧", 600, "人次", 10),
            (None, None, "远程会诊系统接入机构数", "不低于", 40, "家", 8),
            (None, "质量指标", "设备安装验收合格率", "=", pct(1.0), None, 8),
            (None, None, "培训考核合格率", "≧", pct(0.9), None, 7),
            (None, "时效指标", "设备采购完成时间", "≤", "2027年9月30日", None, 7),
            (None, "成本指标", "单台DR设备采购价格", "≤", 24, "万元/台", 10),
            ("效益指标", "社会效益指标", "基层门诊量增长率", "≥", pct(0.05), None, 10),
            (None, None, "县域内就诊率", "≥", pct(0.9), None, 10),
            (None, "可持续影响指标", "设备年使用率", "≥", pct(0.8), None, 10),
            ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "＞=", pct(0.9), None, 10),
        ],
        merged=(1, 2),
    )
    s.row("合计", None, None, None, None, None, 100)
    s.row("说明：比较符、计量单位由系统导出，权重合计100分。")
    return b


@variant(
    "ma10-flat-line-breaks",
    (3, 4, 9),
    "department, flat list (序号 · 指标名称 · 指标值 · "
    "计量单位), line breaks inside names, a 说明 row and signatures",
)
def ma10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 16, 14))
    department_head(
        s,
        year=2027,
        dept="南屏县司法局",
        budget=[(m(1386.00), m(1386.00), m(0), m(1106.00), m(280.00))],
        tasks=[
            ("法律援助", "为困难群众\n提供法律援助", m(120.00), "办理援助案件650件"),
            ("人民调解", "村（社区）调解\n组织以案定补", m(95.00), "调解矛盾纠纷2400件"),
            ("普法宣传", "八五普法\n收官宣传", m(65.00), "开展普法活动150场"),
            ("金额合计", None, m(280.00), None),
        ],
        goal="完善公共法律服务体系，及时化解矛盾纠纷，提高群众法治意识。",
    )
    s.row("序号", "指标名称", "指标值", "计量单位")
    s.table(
        [
            (1, "法律援助案件\n办理数量", "≥650", "件"),
            (2, "矛盾纠纷\n调解数量", "≥2400", "件"),
            (3, "普法宣传\n活动场次", "≥150", "场"),
            (4, "矛盾纠纷\n调解成功率", "≥95%", "%"),
            (5, "法律援助案件\n结案率", "≥90%", "%"),
            (6, "法律援助\n案件补贴标准", "≤1800", "元/件"),
            (7, "调解\n以案定补标准", "≤200", "元/件"),
            (8, "民转刑\n案件发生数", "≤2", "件"),
            (9, "公众法治\n素养提升情况", "提升", None),
            (10, "受援群众\n满意度", "≥90%", "%"),
        ]
    )
    s.row("说明：本表为部门整体绩效指标，\n不分层级。", merge=[(1, 4)])
    s.row("单位负责人：韦光明", None, "填表人：\n蒙小丽", "2026年11月10日")
    return b
