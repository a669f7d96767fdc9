"""More returns with 1–3 planted mistakes, some of them conversion artefacts a reviewer flags (a
number split by a space, an amount pasted twice), the others ordinary (money that does not add
up, a rate as a count, a missing tier, a rate over 100 %, an operator against the direction,
years that disagree, a 中期 value copied into 年度, a unit conflict, an annual count above the
period count)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout121.registry import variant
from tests.variants.kit import Book, C, day, mk, ok

F2 = "0.00"
F4 = "0.0000"


def m(v: float, fmt: str = F2) -> C:
    return C(v, fmt)


def sep(text: str) -> C:
    return ok(text, note="number stored as text with separators (X103 at most)")


@variant(
    "ma15-fullwidth-over-100",
    (8, 9),
    "two-year project, OLD-NAT, 中期 and 年度 columns, "
    "full-width values: a 合格率 of ≥１０５％, a cumulative count copied into 年度",
)
def ma15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 18, 18, 10))
    project_head(
        s,
        year=2027,
        years=2,
        attr="新增项目",
        name="柳营区农贸市场提质改造项目",
        dept="柳营区商务局（515011）",
        unit="柳营区市场服务中心",
        money=[
            ("中期资金总额", m(900.00), "年度资金总额", m(520.00)),
            ("其中：财政拨款", m(800.00), "其中：财政拨款", m(460.00)),
            ("其他资金", m(100.00), "其他资金", m(60.00)),
        ],
        goals=[
            "两年完成１２个农贸市场提质改造，培训市场管理和经营人员１６００人次。",
            "2027年完成７个农贸市场改造，培训８００人次。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    s.table(
        [
            ("产出指标", "数量指标", "改造农贸市场数量", "≥１２个", "≥７个"),
            (
                None,
                None,
                "经营人员培训人次",
                "≥１６００人次",
                mk("≥１６００人次", "D202", "warning", alt=("D104",)),
            ),
            (None, None, "新增智慧秤数量", "≥１５００台", "≥８００台"),
            (None, "质量指标", "改造工程验收合格率", "≥95%", mk("≥１０５％", "T106", "error")),
            (None, None, "农产品快检合格率", "≥98%", "≥98%"),
            (None, "时效指标", "年度改造任务完成时间", "2028年10月31日前", "2027年10月31日前"),
            (None, "成本指标", "单个市场改造补助上限", "≤７０万元/个", "≤７０万元/个"),
            ("效益指标", "社会效益指标", "市场周边环境卫生达标率", "≥90%", "≥85%"),
            (None, "可持续影响指标", "市场长效管理制度", "建立并执行", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "购物群众满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.row("填报日期：2026年11月19日", None, None, "联系人：任雪")
    return b


@variant(
    "ma16-year-and-pasted-row",
    (4, 9),
    "project, OLD-NAT, title 2027 but plan dates "
    "in 2026; header row repeated after a page break and one indicator pasted twice",
)
def ma16() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        name="白岭镇山洪灾害监测预警维护项目",
        dept="白岭镇人民政府（611020）",
        unit="白岭镇水务站",
        money=[
            ("年度资金总额", m(64.00), "其中：财政拨款", m(64.00)),
            ("其他资金", m(0), None, None),
        ],
        goals=["维护全镇自动雨量站22个、预警广播站46个，汛期预警信息发布到村到户。"],
        start=day(2026, 1, 1),
        end=day(2026, 12, 31),
    )
    b.file_mark("Y101", "error", alt=("Y102",), note="title 2027, plan dates 2026")
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    s.row(*head)
    s.table(
        [
            ("产出指标", "数量指标", "自动雨量站维护数量", "≥22个"),
            (None, None, "预警广播站维护数量", "≥46个"),
            (None, None, "山洪灾害防御演练场次", "≥6场"),
            (None, "质量指标", "监测站点数据到报率", "≥95%"),
        ],
        merged=(1, 2),
    )
    s.row("续表", None, None, None)
    s.row(*head)
    s.table(
        [
            (
                "产出指标",
                "质量指标",
                "监测站点数据到报率",
                mk("≥95%", "D101", "warning", row=True, alt=("D102", "D103")),
            ),
            (None, "时效指标", "汛前设备检修完成时间", "2027年4月30日前"),
            (None, "成本指标", "单站年维护费用", "≤8800元/站"),
            ("效益指标", "社会效益指标", "危险区群众转移避险安全率", "=100%"),
            (None, None, "预警信息覆盖户数", "≥5200户"),
            (None, "可持续影响指标", "预警设施运行维护机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.row("白岭镇人民政府（盖章）", None, None, "2026年11月20日")
    return b


@variant(
    "ma17-tasks-not-adding",
    (4, 12),
    "department, NAT-2021, task amounts not adding to "
    "金额合计, =95% on a satisfaction rate, 说明 row under the table",
)
def ma17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 16, 14))
    department_head(
        s,
        year=2027,
        dept="金沙县文化旅游广电局",
        budget=[(m(2260.00), m(2180.00), m(80.00), m(1540.00), m(720.00))],
        tasks=[
            ("公共文化服务", "乡镇综合文化站免费开放", m(260.00), "免费开放文化站21个"),
            ("文物保护", "县级文物保护单位修缮", m(240.00), "修缮文物点6处"),
            ("旅游推介", "节庆活动和线上推介", m(180.00), "举办推介活动8场"),
            ("金额合计", None, mk(m(720.00), "B102", "error", note="260 + 240 + 180 = 680"), None),
        ],
        goal="保障公共文化设施免费开放，加强文物保护，提升旅游品牌影响力。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "免费开放乡镇文化站数量", "=21个"),
            (None, None, "文物保护单位修缮处数", "≥6处"),
            (None, None, "旅游推介活动场次", "≥8场"),
            (None, None, "送戏下乡演出场次", "≥120场"),
            (None, "质量指标", "文物修缮工程验收合格率", "=100%"),
            (None, "时效指标", "文化站免费开放补助拨付及时率", "≥95%"),
            ("成本指标", "经济成本指标", "送戏下乡每场补助标准", "≤3000元/场"),
            ("效益指标", "社会效益指标", "文化站年接待群众人次", "≥26万人次"),
            (None, "经济效益指标", "全县旅游接待人次增长率", "≥8%"),
            (None, "可持续影响指标", "文物安全责任制落实", "到位"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "群众对公共文化服务满意度",
                mk("=95%", "T107", "warning"),
            ),
        ],
        merged=(1, 2),
    )
    s.row("说明：送戏下乡经费由公共文化服务经费统筹安排。", merge=[(1, 4)])
    return b


@variant(
    "ma18-unit-and-period",
    (8, 9),
    "three-year project, NAT-2021, 中期 and 年度 columns "
    "with a unit column; a money value with a 人 unit, an annual count above the period",
)
def ma18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 14, 14, 10))
    project_head(
        s,
        year=2027,
        years=3,
        attr="新增项目",
        name="石桥县中药材种植示范基地建设项目",
        dept="石桥县农业农村局（318009）",
        unit="石桥县经济作物站",
        money=[
            ("中期资金总额", m(1200.00), "年度资金总额", m(480.00)),
            ("其中：财政拨款", m(1050.00), "其中：财政拨款", m(420.00)),
            ("其他资金", m(150.00), "其他资金", m(60.00)),
        ],
        goals=[
            "三年建成中药材标准化示范基地6000亩，带动农户1500户增收。",
            "2027年建成示范基地2500亩，建设育苗大棚12个。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    s.table(
        [
            ("成本指标", "经济成本指标", "每亩基地建设补助", "≤1800", "≤1800", "元/亩"),
            ("产出指标", "数量指标", "示范基地建设面积", "≥6000", "≥2500", "亩"),
            (
                None,
                None,
                "种植户技术培训人次",
                "≥1500",
                mk("≥1800", "D201", "error", note="annual 1800 > period 1500"),
                "人次",
            ),
            (None, None, "建设育苗大棚数量", "≥30", "≥12", "个"),
            (None, "质量指标", "种苗成活率", "≥90%", "≥90%", "%"),
            (None, "时效指标", "年度种植任务完成时间", "2029年6月30日前", "2027年6月30日前", None),
            (
                "效益指标",
                "社会效益指标",
                "带动当地就业人数",
                mk("12万元", "T112", "error", row=True),
                "≥60",
                "人",
            ),
            (None, None, "带动种植农户数", "≥1500", "≥600", "户"),
            (None, "生态效益指标", "化肥使用量增长率", "≤0%", "≤0%", "%"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%", "%"),
        ],
        merged=(1, 2),
    )
    s.row("填表人：覃志军", None, "审核人：黄丽萍", None, "2026年11月17日")
    return b
