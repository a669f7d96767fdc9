"""Returns with 1–3 planted mistakes, some of them conversion artefacts a reviewer flags (a
number split by a space, an amount pasted twice), the others ordinary (money that does not add
up, a rate as a count, a missing tier, a rate over 100 %, an operator against the direction,
years that disagree, a 中期 value copied into 年度, a unit conflict, an annual count above the
period count)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout121.registry import variant
from tests.variants.kit import Book, C, mk, ok, pct

F2 = "0.00"
F4 = "0.0000"


def m(v: float, fmt: str = F2) -> C:
    return C(v, fmt)


def sep(text: str) -> C:
    return ok(text, note="number stored as text with separators (X103 at most)")


@variant(
    "ma11-split-number",
    (9,),
    "project, NAT-2021, 万元 to four decimals, the annual total "
    "split by a space as text (1205.337 6), a rate given as a count",
)
def ma11() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        name="金沙县职业技能提升培训补贴项目",
        dept="金沙县人力资源和社会保障局（903004）",
        unit="金沙县就业服务中心",
        money=[
            (
                "年度资金总额",
                mk("1205.337 6", "X105", "warning", alt=("X103",)),
                "其中：财政拨款",
                m(1000.0000, F4),
            ),
            ("其他资金", m(205.3376, F4), None, None),
        ],
        goals=["开展职业技能培训5200人次，培训后取证率达到80%以上，促进城乡劳动者就业。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "职业技能培训人次", "≥5200人次"),
            (None, None, "培训工种数量", "≥18个"),
            (None, None, "定点培训机构数量", "≥12家"),
            (None, "质量指标", "培训后职业技能证书取证率", "≥80%"),
            (None, None, "培训考核合格率", mk("45人", "T105", "error")),
            (None, "时效指标", "补贴资金审核拨付时限", "≤20个工作日"),
            ("成本指标", "经济成本指标", "人均培训补贴标准", "≤2000元/人次"),
            ("效益指标", "社会效益指标", "培训后就业率", "≥70%"),
            (None, None, "带动农村劳动力转移就业人数", "≥2000人"),
            (None, "可持续影响指标", "培训机构监管制度", "健全"),
            ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.row("填报人：罗洁", None, "联系电话：0857-3328610", None, "2026年11月18日")
    return b


@variant(
    "ma12-pasted-twice",
    (9,),
    "project, OLD-NAT, operator column, the 财政拨款 amount "
    "pasted twice (120万120万), no 满意度指标 tier",
)
def ma12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 10, 12, 12))
    project_head(
        s,
        year=2027,
        name="澄江区中小学校园安全监控升级项目",
        dept="澄江区教育局（204003）",
        unit="澄江区教育技术装备中心",
        money=[
            (
                "年度资金总额",
                m(150.00),
                "其中：财政拨款",
                mk("120万120万", "X106", "error", alt=("B108",)),
            ),
            ("其他资金", m(30.00), None, None),
        ],
        goals=["为全区46所中小学升级校园视频监控，新增高清摄像头1380个，接入区级安防平台。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "升级监控的学校数量", "=", 46, "所"),
            (None, None, "新增高清摄像头数量", "≥", 1380, "个"),
            (None, None, "接入区级平台学校数", "=", 46, "所"),
            (None, "质量指标", "设备安装验收合格率", "=", pct(1.0), None),
            (None, None, "视频录像保存天数", "≥", 30, "天"),
            (None, "时效指标", "项目完工时间", "≤", "2027年8月31日", None),
            (None, "成本指标", "单个摄像头综合单价", "≤", 900, "元/个"),
            ("效益指标", "社会效益指标", "校园安全事件视频取证率", "≥", pct(0.95), None),
            (None, None, "校园周边治安案件发生数", "≤", 5, "起"),
            (None, "可持续影响指标", "设备维保期", "≥", 3, "年"),
        ],
        merged=(1, 2),
    )
    b.file_mark("F106", "error", note="no 满意度指标 though pupils and parents are identifiable")
    s.row("单位负责人：孔德明", None, "填表人：曾晓", None, "2026年11月9日")
    return b


@variant(
    "ma13-department-not-adding",
    (9, 12),
    "department, NAT-2021, amounts as text with "
    "thousands separators; 资金总额 ≠ 财政拨款 + 其他资金; ≥ on a 投诉率",
)
def ma13() -> Book:
    b = Book()
    s = b.sheet("部门整体支出", (16, 18, 30, 18, 16, 14))
    department_head(
        s,
        year=2027,
        dept="东洲市城市管理局",
        budget=[
            (
                mk(sep("8,650.00"), "B101", "error", note="8100 + 450 = 8550"),
                sep("8,100.00"),
                sep("450.00"),
                sep("6,200.00"),
                sep("2,450.00"),
            )
        ],
        tasks=[
            ("道路清扫保洁", "主城区道路机械化清扫", sep("1,380.00"), "清扫面积1200万平方米"),
            ("市政设施维护", "路灯、井盖等设施维护", sep("760.00"), "设施完好率95%以上"),
            ("数字城管", "案件受理与派遣", sep("310.00"), "案件结案率95%以上"),
            ("金额合计", None, sep("2,450.00"), None),
        ],
        goal="提升城市精细化管理水平，道路整洁、设施完好，市民投诉及时办结。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "机械化清扫面积", "≥1200万平方米"),
            (None, None, "路灯维护数量", "≥26000盏"),
            (None, None, "数字城管案件受理数", "≥45000件"),
            (None, "质量指标", "市政设施完好率", "≥95%"),
            (None, None, "数字城管案件结案率", "≥95%"),
            (None, "时效指标", "井盖缺失处置时限", "≤4小时"),
            ("成本指标", "经济成本指标", "道路机械化清扫单价", "≤1.1元/平方米"),
            ("效益指标", "社会效益指标", "市容环境投诉率", mk("≥2%", "T108", "warning", row=True)),
            (None, "可持续影响指标", "数字城管平台运行率", "≥98%"),
            ("满意度指标", "服务对象满意度指标", "市民对市容环境满意度", "≥88%"),
        ],
        merged=(1, 2),
    )
    s.row("注：金额单位为万元。")
    return b


@variant(
    "ma14-missing-tier-repeated",
    (5, 9),
    "project, NAT-2021, tier labels repeated on every row, no 效益指标 tier, a 完成率 given in 卷",
)
def ma14() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        name="南屏县档案数字化加工项目",
        dept="南屏县档案馆（402019）",
        unit="南屏县档案馆",
        money=[
            ("年度资金总额", m(96.00), "其中：财政拨款", m(96.00)),
            ("其他资金", m(0), None, None),
        ],
        goals=["完成馆藏文书档案数字化12000卷，建立数字档案目录数据库，提升档案利用效率。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("成本指标", "经济成本指标", "档案数字化加工单价", "≤75元/卷"),
            ("产出指标", "数量指标", "档案数字化加工数量", "≥12000卷"),
            ("产出指标", "数量指标", "目录数据录入条数", "≥180000条"),
            ("产出指标", "数量指标", "档案整理完成率", mk("1200卷", "T105", "error")),
            ("产出指标", "质量指标", "图像质检合格率", "≥98%"),
            ("产出指标", "质量指标", "目录著录差错率", "≤0.5%"),
            ("产出指标", "时效指标", "加工任务完成时间", "2027年11月30日前"),
            ("满意度指标", "服务对象满意度指标", "档案查阅利用者满意度", "≥90%"),
        ]
    )
    b.file_mark("F106", "error", note="no 效益指标 at all")
    s.row("填表人：彭娟", None, "审核人：岑国栋", None, "2026年11月14日")
    return b
