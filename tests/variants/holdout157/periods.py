"""Multi-year projects with 中期 and 年度 columns (nk06–nk10)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout157.common import TIERS_PERIOD, multi_year, signature, w
from tests.variants.holdout157.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("nk06-water-monitoring", (8, 10), "three-year project, NAT-2021, 中期 and 年度 "
         "columns with a score column; rates equal in both columns, counts smaller "
         "in 年度")  # fmt: skip
def nk06() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", widths=(14, 16, 28, 18, 18, 10))
    project_head(
        s, year=2026, years=3, name="智慧水务监测平台建设项目", dept="青岚市水务局（226）",
        unit="青岚市供水管理中心", attr="新增项目",
        money=multi_year((w(900), w(780), w(120)), (w(360), w(300), w(60))),
        goals=["2026—2028年建成覆盖全市供水管网的在线监测平台，布设监测点位480个，接入供水管网"
               "620公里，实现管网运行状态实时监测。",
               "2026年完成平台一期建设，布设监测点位160个，接入供水管网200公里，监测数据有效率"
               "达到95%以上。"],
    )  # fmt: skip
    s.row(*TIERS_PERIOD, "分值")
    s.table(
        [
            ("成本指标", "经济成本指标", "单个监测点位建设成本", "≤1.6万元/个", "≤1.6万元/个", 10),
            ("产出指标", "数量指标", "布设监测点位", "≥480个", "≥160个", 15),
            (None, None, "接入供水管网长度", "≥620公里", "≥200公里", 15),
            (None, "质量指标", "监测数据有效率", "≥95%", "≥95%", 10),
            (None, None, "平台系统可用率", "≥99%", "≥99%", 10),
            (None, "时效指标", "故障处置响应时间", "≤4小时", "≤4小时", 10),
            ("效益指标", "经济效益指标", "供水管网漏损率", "≤10%", "≤10%", 10),
            (None, "社会效益指标", "供水安全事故", "=0起", "=0起", 10),
            (None, "可持续影响指标", "监测数据共享部门", "≥6个", "≥3个", 5),
            ("满意度指标", "服务对象满意度指标", "用水单位满意度", "≥90%", "≥90%", 5),
        ],
        merged=(1, 2),
    )  # fmt: skip
    s.row(None, None, "合计", None, None, 100)
    signature(s, "林卫东", "0571-8702 5561", "2025年11月3日")
    return b


@variant("nk07-rural-sewage", (8, 12), "two-year project, OLD-NAT, operator and unit columns "
         "around 中期/年度 values: 中期 财政拨款 + 其他资金 miss the 中期 total, an annual "
         "length above its 中期 length")  # fmt: skip
def nk07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 28, 10, 16, 16, 12))
    project_head(
        s, year=2026, years=2, name="农村生活污水治理项目", dept="白沙河区生态环境局",
        unit="白沙河区农村环境整治中心",
        money=multi_year(
            (mk(w(560), "B101", "error", note="中期: 480 + 60 = 540, not 560"), w(480), w(60)),
            (w(300), w(260), w(40)),
        ),
        goals=["2026—2027年完成全区38个行政村生活污水收集处理设施建设，新建收集管网45公里，"
               "农村生活污水治理率达到75%。",
               "2026年完成20个行政村生活污水治理，新建污水处理站点22座，治理率达到60%。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "完成污水治理行政村", "≥", 38, 20, "个"),
            (None, None, "新建污水收集管网", "≥", 45,
             mk(52, "D201", "error", note="52 km in 2026 above 45 km for 2026–2027"), "公里"),
            (None, None, "新建污水处理站点", "≥", 40, 22, "座"),
            (None, "质量指标", "设施验收合格率", "≥", pct(0.98), pct(0.98), None),
            (None, "时效指标", "设施建设按期完成率", "≥", pct(0.95), pct(0.95), None),
            (None, "成本指标", "单个行政村治理成本", "≤", 13.5, 13.5, "万元/个"),
            ("效益指标", "生态效益指标", "农村生活污水治理率", "≥", pct(0.75), pct(0.6), None),
            (None, "社会效益指标", "受益农户", "≥", 9200, 4800, "户"),
            (None, "可持续影响指标", "设施正常运行率", "≥", pct(0.9), pct(0.9), None),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", pct(0.9), pct(0.9), None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    return b


@variant("nk08-bridge-repair", (8, 11), "two-year project, NAT-2021, 实施期 and 年度 columns "
         "with operators in the values: a 事故发生率 with ≥, a completion date after the "
         "project period")  # fmt: skip
def nk08() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, years=2, name="城市桥梁检测与危桥加固项目", dept="青岚市城市管理局（231）",
        unit="青岚市市政设施养护中心", attr="新增项目",
        money=multi_year((w(1200), w(1000), w(200)), (w(520), w(450), w(70))),
        goals=["2027—2028年完成全市140座城市桥梁定期检测和12座危桥加固，消除桥梁结构安全隐患。",
               "2027年完成70座桥梁定期检测和5座危桥加固。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")
    s.table(
        [
            ("成本指标", "经济成本指标", "单座桥梁检测成本", "≤3.5万元/座", "≤3.5万元/座"),
            ("产出指标", "数量指标", "完成桥梁定期检测", "≥140座", "≥70座"),
            (None, None, "完成危桥加固", "≥12座", "≥5座"),
            (None, "质量指标", "加固工程验收合格率", "≥98%", "≥98%"),
            (None, "时效指标", "危桥加固完工时间",
             mk("2029年6月30日前", "Y102", "error", alt=("Y103",),
                note="the project period ends 2028-12-31"),
             "2027年12月31日前"),
            ("效益指标", "社会效益指标", "桥梁结构安全事故发生率",
             mk("≥0.5%", "T108", "warning", row=True, note="an accident rate is 反向"),
             "≥0.5%"),
            (None, None, "一、二类桥梁占比", "≥90%", "≥85%"),
            (None, "可持续影响指标", "桥梁养护信息化管理覆盖率", "≥95%", "≥80%"),
            ("满意度指标", "服务对象满意度指标", "市民出行满意度", "≥88%", "≥88%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    return b


@variant("nk09-forest-fire", (1, 8), "three-year project, OLD-NAT, operator and unit columns "
         "before 实施期/年度 values, percent cells; look-alikes ≤0% growth, =0起, ‰")  # fmt: skip
def nk09() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", widths=(14, 16, 28, 10, 12, 16, 16))
    project_head(
        s, year=2026, years=3, name="森林防火能力提升项目", dept="临溪县林业局（512）",
        unit="临溪县森林消防大队", attr="新增项目",
        money=multi_year((w(450), w(400), w(50)), (w(160), w(140), w(20))),
        goals=["2026—2028年新建防火隔离带90公里，配备扑火装备600套，全县森林火灾受害率控制在"
               "0.9‰以内。",
               "2026年新建防火隔离带30公里，配备扑火装备240套，开展扑火演练6次。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "计量单位", "实施期目标值", "年度目标值")
    s.table(
        [
            ("产出指标", "数量指标", "新建防火隔离带", "≥", "公里", 90, 30),
            (None, None, "配备扑火装备", "≥", "套", 600, 240),
            (None, None, "开展扑火演练", "≥", "次", 18, 6),
            (None, "质量指标", "装备验收合格率", "≥", "%", pct(0.98), pct(0.98)),
            (None, "时效指标", "火情报告响应时间", "≤", "分钟", 30, 30),
            (None, "成本指标", "每公里隔离带建设成本", "≤", "万元/公里", 2.5, 2.5),
            (None, None, "防火物资单位采购成本增长率", "≤", "%", pct(0), pct(0)),
            ("效益指标", "生态效益指标", "森林火灾受害率", "≤", "‰", 0.9, 0.9),
            (None, "社会效益指标", "较大以上森林火灾", "=", "起", 0, 0),
            (None, "可持续影响指标", "护林员巡护覆盖率", "≥", "%", pct(0.95), pct(0.95)),
            ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥", "%", pct(0.9), pct(0.9)),
        ],
        merged=(1, 2),
    )  # fmt: skip
    return b


@variant("nk10-home-care", (2, 8), "two-year project, NAT-2021, 中期 and 年度 columns: the "
         "same 合格率 under 质量指标 and 社会效益指标 with different values, the title's year "
         "wrong")  # fmt: skip
def nk10() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2026, years=2, name="社区居家养老服务补助项目", dept="青岚市民政局（207）",
        unit="青岚市养老服务指导中心",
        title=mk("2025年度项目支出绩效目标申报表", "Y101", "error", alt=("Y102",),
                 note="the project runs 2026–2027; only the title says 2025"),
        money=multi_year((w(640), w(600), w(40)), (w(310), w(290), w(20))),
        goals=["2026—2027年为社区老年人提供助餐服务30万人次以上、上门服务2400人，逐步扩大居家"
               "养老服务覆盖面。",
               "2026年提供助餐服务14万人次以上、上门服务1200人，服务质量稳定。"],
    )  # fmt: skip
    s.row(*TIERS_PERIOD)
    s.table(
        [
            ("成本指标", "经济成本指标", "助餐补助标准", "≤8元/人次", "≤8元/人次"),
            ("产出指标", "数量指标", "助餐服务", "≥300000人次", "≥140000人次"),
            (None, None, "上门服务老年人", "≥2400人", "≥1200人"),
            (None, "质量指标", "服务质量抽查合格率", "≥95%", "≥95%"),
            (None, "时效指标", "补助资金拨付时间", "≤30个工作日", "≤30个工作日"),
            ("效益指标", "社会效益指标", "居家养老服务覆盖率", "≥60%", "≥50%"),
            (None, None,
             mk(mk("服务质量抽查合格率", "D102", "error", row=True, alt=("D101",),
                   note="the same indicator as under 质量指标, ≥90% against ≥95%"),
                "F201", "warning", row=True, required=False),
             "≥90%", "≥90%"),
            (None, "可持续影响指标", "社区养老服务站点持续运营率", "≥90%", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "服务老年人满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    return b
