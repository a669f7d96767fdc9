"""Single project returns (§3.1): 中期 and 年度 columns, operator and unit columns, percent
cells, 成本指标 as tier-1, money in 万元."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout136.common import footer, multi_year_money, one_year_money, wan
from tests.variants.holdout136.registry import variant
from tests.variants.kit import YUAN, Book, C, mk, money, pct


@variant("mp01-annual-above-period", (8,), "three-year project, NAT-2021, 中期 and 年度 columns, "
         "tiers merged down: an annual count above its period count, a 时效 date after the "
         "plan's end")  # fmt: skip
def mp01() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 30, 18, 18, 14))
    project_head(
        s, year=2026, years=3, name="栖霞镇农村供水管网改造工程", dept="临川县水利局（215）",
        unit="临川县农村供水管理站",
        money=multi_year_money((1860, 1500, 360), (720, 600, 120)),
        goals=("2026—2028年改造农村供水主管网42公里，新增受益人口1.8万人，供水保证率达到95%以上。",
               "2026年改造主管网15公里，新建加压泵站2座，年内完成一期工程验收。"),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    s.table(
        [
            ("成本指标", "经济成本指标", "每公里管网改造成本", "≤42万元", "≤42万元", None),
            ("产出指标", "数量指标", "改造供水主管网长度", "≥42公里", "≥15公里", None),
            (None, None, "新建加压泵站", "≥5座", "≥2座", None),
            (
                None,
                None,
                "入户水表更换数",
                "≥900户",
                mk("≥1200户", "D201", "error", note="annual 1200 above the 3-year 900"),
                None,
            ),
            (None, "质量指标", "管网试压合格率", pct(1), pct(1), None),
            (None, None, "出厂水水质达标率", "≥98%", "≥98%", None),
            (
                None,
                "时效指标",
                "一期工程完工验收时间",
                mk("2029年6月30日前", "Y102", "error", note="after the plan's end 2028-12-31"),
                "2026年12月31日前",
                None,
            ),
            ("效益指标", "社会效益指标", "新增受益人口", "≥1.8万人", "≥0.6万人", None),
            (None, None, "供水保证率", "≥95%", "≥93%", None),
            (None, "可持续影响指标", "管网运行维护机制", "建立并执行", "建立", None),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%", None),
        ],
        merged=(1, 2),
    )
    footer(s, "罗文彬", "0796-5213378", "2025年11月14日")
    return b


@variant("mp02-two-years-correct", (8,), "two-year project, NAT-2021, 中期 and 年度 columns with "
         "a unit column, counts below their period, dates inside the period: correct")  # fmt: skip
def mp02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 16, 10))
    project_head(
        s, year=2026, years=2, name="青桐市社区居家养老服务提升项目", dept="青桐市民政局（318）",
        unit="青桐市养老服务指导中心", attr="新增项目",
        money=multi_year_money((960, 960, 0), (520, 520, 0)),
        goals=("两年内建成社区养老服务站30个，为6000名老年人提供上门服务。",
               "2026年建成社区养老服务站16个，服务老年人3200名。"),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "建成社区养老服务站", "≥30", "≥16", "个"),
            (None, None, "上门服务老年人数", "≥6000", "≥3200", "人"),
            (None, None, "培训养老护理员", "≥400", "≥200", "人次"),
            (None, "质量指标", "服务站验收合格率", pct(1), pct(1), "%"),
            (None, None, "护理员持证上岗率", pct(0.9), pct(0.85), "%"),
            (None, "时效指标", "服务站建设完成时间", "2027年10月31日前", "2026年11月30日前", None),
            ("成本指标", "经济成本指标", "单个服务站建设补助标准", "≤18", "≤18", "万元"),
            ("效益指标", "社会效益指标", "社区居家养老服务覆盖率", pct(0.6), pct(0.35), "%"),
            (None, "可持续影响指标", "服务站运营管理制度", "健全", "健全", None),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", pct(0.9), pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    footer(s, "许静", "0713-8862054", "2025年10月30日")
    return b


@variant("mp03-impossible-date-zero-cost", (1,), "one-year project, OLD-NAT, operator column and "
         "unit column: a completion date 6月31日, a 成本指标 of 0")  # fmt: skip
def mp03() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 16, 30, 10, 16, 12))
    project_head(
        s, year=2026, name="白鹭湖湿地公园生态修复项目", dept="南滨区林业局（409）",
        unit="白鹭湖湿地公园管理处", attr="一次性项目",
        money=one_year_money(386, 350, 36),
        goals=("完成湿地退化区域生态修复120亩，补植水生植物4.5万株，改善湖区水质。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "退化湿地修复面积", "≥", 120, "亩"),
            (None, None, "补植水生植物", "≥", 4.5, "万株"),
            (None, None, "清淤疏浚土方量", "≥", 18000, "立方米"),
            (None, "质量指标", "补植苗木成活率", "≥", pct(0.85), "%"),
            (None, None, "修复工程验收合格率", "=", pct(1), "%"),
            (
                None,
                "时效指标",
                "修复工程完工时间",
                "≤",
                mk(
                    "2026年6月31日",
                    "Y106",  # (written before Y106 was in the catalogue: T116 then)
                    "error",
                    alt=("T116", "Y102", "T102"),
                    note="June has 30 days",
                ),
                None,
            ),
            (
                None,
                "成本指标",
                "每亩生态修复成本",
                "≤",
                mk(0, "T115", "error", note="a cost cap of 0"),
                "万元",
            ),
            (None, None, "水生植物单株采购价", "≤", 12, "元/株"),
            ("效益指标", "生态效益指标", "湖区水质类别", "=", "Ⅲ类", None),
            (None, "社会效益指标", "湿地科普接待人次", "≥", 20000, "人次"),
            (None, "可持续影响指标", "修复区管护责任落实率", "=", pct(1), "%"),
            ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥", pct(0.88), "%"),
        ],
        merged=(1, 2),
    )
    footer(s, "邱海燕", "0737-2215406", "2025年11月3日")
    return b


@variant("mp04-percent-cells-correct", (1,), "one-year project, OLD-NAT, 指标方向 operator column "
         "in words, percent cells with a % unit column, weights "
         "adding to 100: correct")  # fmt: skip
def mp04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 12, 14, 10, 8))
    project_head(
        s, year=2026, name="石门县中小学校园食堂提质改造项目", dept="石门县教育局（122）",
        unit="石门县学校后勤服务中心",
        money=one_year_money(240, 240, 0),
        goals=("改造农村中小学食堂26所，更新炊事设备，食品安全检查合格率保持100%。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位", "权重")
    s.table(
        [
            ("产出指标", "数量指标", "改造学校食堂", "大于等于", 26, "所", 10),
            (None, None, "更新炊事设备", "大于等于", 310, "台（套）", 10),
            (None, None, "食堂从业人员培训", "大于等于", 180, "人次", 5),
            (None, "质量指标", "改造工程验收合格率", "等于", pct(1), "%", 10),
            (None, None, "食品安全检查合格率", "等于", pct(1), "%", 10),
            (None, "时效指标", "改造工程完成及时率", "大于等于", pct(0.95), "%", 5),
            (None, "成本指标", "单所食堂改造平均成本", "小于等于", 9.2, "万元", 10),
            ("效益指标", "社会效益指标", "受益学生人数", "大于等于", 14500, "人", 15),
            (None, "可持续影响指标", "食堂管理制度落实率", "大于等于", pct(0.95), "%", 10),
            ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "大于等于", pct(0.9), "%", 15),
        ],
        merged=(1, 2),
    )
    s.row(None, None, "合计", None, None, None, 100)
    footer(s, "田志刚", "0736-5321770", "2025年11月18日")
    return b


@variant("mp05-percent-9500", (1,), "one-year project, OLD-NAT, percent cells in one value column: "
         "95 stored with a % format (shows 9500%), a satisfaction of 105%")  # fmt: skip
def mp05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 22))
    project_head(
        s, year=2026, name="云岭乡村道路安全生命防护工程", dept="云岭县交通运输局（233）",
        unit="云岭县公路建设养护中心",
        money=one_year_money(512, 430, 82),
        goals=("在县乡道急弯陡坡路段安装波形护栏38公里，设置警示标志600块，降低交通事故发生率。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "安装波形护栏", "≥38公里", None),
            (None, None, "设置警示标志", "≥600块", None),
            (None, None, "整治急弯陡坡路段", "≥45处", None),
            (
                None,
                "质量指标",
                "护栏安装验收合格率",
                mk(
                    C(95, "0%"),
                    "T106",
                    "error",
                    alt=("T116",),
                    note="95 typed into a % cell: shows 9500%",
                ),
                None,
            ),
            (None, None, "标志设置规范率", pct(1), None),
            (None, "时效指标", "工程完工时间", "2026年11月30日前", None),
            (None, "成本指标", "每公里护栏综合造价", "≤11.5万元", None),
            ("效益指标", "社会效益指标", "整治路段交通事故发生率", "≤3%", "较上年"),
            (None, "可持续影响指标", "防护设施完好率", pct(0.95), None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "沿线群众满意度",
                mk(pct(1.05), "T106", "error", note="a satisfaction of 105%"),
                None,
            ),
        ],
        merged=(1, 2),
    )
    footer(s, "杨光亮", "0871-6620391", "2025年11月21日")
    return b


@variant("mp06-yuan-under-wan", (12,), "one-year project, OLD-NAT, 资金总额 typed in 元 under the "
         "项目资金（万元） head while its parts are in 万元")  # fmt: skip
def mp06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 18, 12))
    project_head(
        s, year=2026, name="澄江区公共图书馆数字资源建设项目", dept="澄江区文化旅游局（507）",
        unit="澄江区图书馆",
        money=[
            ("年度资金总额", mk(money(1480000, YUAN), "B105", "error", alt=("B110", "B101"),
                                note="元 in a 万元 block"),
             "其中：财政拨款", wan(128)),
            ("其他资金", wan(20), None, None),
        ],
        goals=("新增数字资源12TB，建设地方文献数据库1个，数字资源年访问量达到60万人次。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标值类型")
    s.table(
        [
            ("产出指标", "数量指标", "新增数字资源容量", "≥12", "TB", "定量"),
            (None, None, "地方文献数字化", "≥3500", "册", "定量"),
            (None, None, "建设地方文献数据库", "=1", "个", "定量"),
            (None, "质量指标", "数字化加工质检合格率", "≥98%", "%", "定量"),
            (None, "时效指标", "资源上线时间", "2026年10月31日前", None, "定量"),
            (None, "成本指标", "每册古籍数字化加工费", "≤80", "元/册", "定量"),
            ("效益指标", "社会效益指标", "数字资源年访问量", "≥60", "万人次", "定量"),
            (None, None, "地方文献利用水平", "明显提升", None, "定性"),
            (None, "可持续影响指标", "数字资源长期保存机制", "建立", None, "定性"),
            ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", "%", "定量"),
        ],
        merged=(1, 2),
    )
    footer(s, "卢晓梅", "0877-3104528", "2025年11月7日")
    return b


@variant("mp07-cost-tier-correct", (5, 10), "one-year project, NAT-2021 with 成本指标 first, tiers "
         "filled down in every row, a points column adding to 100: correct")  # fmt: skip
def mp07() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (14, 18, 30, 18, 8))
    project_head(
        s, year=2026, name="江岸区困难残疾人康复辅具适配项目", dept="江岸区残疾人联合会（611）",
        unit="江岸区残疾人康复服务中心",
        money=one_year_money(96, 96, 0),
        goals=("为困难残疾人免费适配康复辅具1500件，开展入户评估1200人次，适配服务满意度达90%以上。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值")
    rows = [
        ("成本指标", "经济成本指标", "人均辅具适配费用", "≤640元/人", 10),
        ("成本指标", "经济成本指标", "辅具维修单次费用", "≤150元/次", 5),
        ("产出指标", "数量指标", "适配康复辅具", "≥1500件", 15),
        ("产出指标", "数量指标", "入户评估", "≥1200人次", 10),
        ("产出指标", "质量指标", "辅具产品质量合格率", pct(1), 10),
        ("产出指标", "时效指标", "申请到适配完成时间", "≤30个工作日", 10),
        ("效益指标", "社会效益指标", "受助残疾人生活自理能力改善率", pct(0.8), 15),
        ("效益指标", "可持续影响指标", "辅具回访维修机制", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "受助残疾人满意度", pct(0.9), 15),
    ]
    s.table(rows)
    s.row("合计", None, None, None, 100)
    footer(s, "韩雪", "027-8273316", "2025年11月12日")
    return b
