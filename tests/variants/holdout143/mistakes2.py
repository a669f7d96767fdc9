"""Returns with planted mistakes, bureau, library, fitness and opera (mw15–mw18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout143.common import footer, m, proj_money
from tests.variants.holdout143.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant("mw15-bureau-tasks-miss", (12,), "department, NAT-2021: the key tasks add to 1115, "
         "not the 金额合计 1160; one indicator twice with different targets")  # fmt: skip
def bureau_tasks_miss() -> Book:
    b = Book()
    s = b.sheet("部门整体", (18, 20, 30, 16, 18, 18))
    department_head(
        s, year=2026, dept="云岭县文化广电旅游体育局",
        budget=[(m(2140.6), m(2040.6), m(100), m(980.6), m(1160))],
        tasks=[
            ("公共文化场馆免费开放", "三馆免费开放运行", m(380), "三馆全年免费开放"),
            ("文化惠民活动", "送戏下乡和群众文艺活动", m(290), "送戏下乡150场"),
            ("文物保护", "文物保护单位修缮和安全巡查", m(260), "完成修缮4处"),
            ("全民健身", "全民健身活动和县级赛事", m(185), "举办县级赛事12项"),
            ("金额合计", None,
             mk(m(1160), "B102", "error", note="380 + 290 + 260 + 185 = 1115 ≠ 1160"), None),
        ],
        goal="保障三馆免费开放，完成送戏下乡150场和4处文物修缮，举办县级赛事12项，"
             "群众满意度达到90%以上。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
    s.table([
        ("产出指标", "数量指标", "公共文化场馆免费开放数量", "≥3个", "计划标准"),
        (None, None, "送戏下乡演出场次", "≥150场", "计划标准"),
        (None, None, "文物保护单位修缮数量", "≥4处", "计划标准"),
        (None, None, "县级体育赛事", "≥12项", "计划标准"),
        (None, None, "送戏下乡演出场次",
         mk("≥120场", "D102", "error", row=True, alt=("D101", "D103"),
            note="the same indicator as three rows up, with another target"), "历史标准"),
        (None, "质量指标", "文物修缮工程验收合格率", pct(1.0), "行业标准"),
        (None, "时效指标", "重点任务按期完成率", "≥95%", "计划标准"),
        ("成本指标", "经济成本指标", "送戏下乡场均成本", "≤1.5万元/场", "历史标准"),
        ("效益指标", "社会效益指标", "公共文化设施年服务人次", "≥40万人次", "历史标准"),
        (None, "可持续影响指标", "文旅体公共服务保障机制", "健全", "其他标准"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "历史标准"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "杨秀兰", "0743-5526618", "2025年11月20日", boss="向明")
    return b


@variant("mw16-library-rate-duplicate", (1,), "project, NAT-2021, 比较符 and unit columns: a "
         "覆盖率 of 105 %, one indicator under 数量 and again under 社会效益")  # fmt: skip
def library_rate_duplicate() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 10, 14, 12))
    project_head(
        s, year=2026, name="云岭县图书馆总分馆服务体系建设项目", dept="云岭县文化广电旅游体育局",
        unit="云岭县图书馆", attr="新增项目",
        money=proj_money(85, 70, 15, 85, 70, 15),
        goals=["建成乡镇分馆12个，实现通借通还，图书流转3万册次，开展阅读推广活动60场。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "建成乡镇分馆", "≥", 12, "个"),
        (None, None, "图书流转", "≥", 3, "万册次"),
        (None, None, "举办阅读推广活动", "≥", 60, "场"),
        (None, "质量指标", "分馆通借通还覆盖率", "≥",
         mk(pct(1.05), "T106", "error", note="a coverage rate above 100 %"), "%"),
        (None, "时效指标", "图书配送及时率", "≥", pct(0.95), "%"),
        ("成本指标", "经济成本指标", "分馆平均建设成本", "≤", 6, "万元/个"),
        ("效益指标", "社会效益指标", "乡镇居民办证率", "≥", pct(0.15), "%"),
        (None, None,
         ok("举办阅读推广活动", note="an output count under 社会效益: F201 is a fair warning"),
         "≥",
         mk(80, "D102", "error", row=True, alt=("D101", "D103"),
            note="the 数量 row's indicator again, 80 against 60"), "场"),
        (None, "可持续影响指标", "总分馆统一管理制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "田晓", "0743-5524472", "2025年11月24日")
    return b


@variant("mw17-fitness-copied-annual", (8,), "two-year project, NAT-2021, 实施期 and 年度 "
         "columns: three cumulative counts copied from 实施期 into 年度")  # fmt: skip
def fitness_copied_annual() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 20, 20, 12))
    project_head(
        s, year=2026, years=2, name="云岭县全民健身设施提升及活动项目",
        dept="云岭县文化广电旅游体育局", unit="云岭县全民健身中心", attr="新增项目",
        money=proj_money(260, 260, 0, 130, 130, 0),
        goals=["两年新建社区健身路径40个、笼式球场6个，开展全民健身活动60场，健身指导培训2000人次。",
               "本年度完成首批健身设施建设，开展全民健身活动和健身指导培训。"],
    )  # fmt: skip
    copied = "a cumulative count copied from the 实施期 column"
    s.row("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")
    s.table([
        ("产出指标", "数量指标", "新建社区健身路径", "≥40个",
         mk("≥40个", "D202", "warning", note=copied)),
        (None, None, "新建笼式球场", "≥6个", "≥3个"),
        (None, None, "全民健身活动", "≥60场", mk("≥60场", "D202", "warning", note=copied)),
        (None, None, "健身指导培训", "≥2000人次",
         mk("≥2000人次", "D202", "warning", note=copied)),
        (None, "质量指标", "健身器材验收合格率", pct(1.0), pct(1.0)),
        (None, "时效指标", "设施安装完成时间", "2027年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "健身路径单个建设成本", "≤3万元/个", "≤3万元/个"),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人口比例", "≥40%", "≥38%"),
        (None, "可持续影响指标", "健身设施管护制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "覃勇", "0743-5527731", "2025年11月27日")
    return b


@variant("mw18-opera-no-satisfaction", (5,), "project, NAT-2021, one value column: no 满意度指标 "
         "at all, a placeholder left in a count")  # fmt: skip
def opera_no_satisfaction() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 18, 18, 18))
    project_head(
        s, year=2026, name="云岭县戏曲进乡村演出项目", dept="云岭县文化广电旅游体育局",
        unit="云岭县戏曲传承中心",
        money=proj_money(60, 60, 0, 60, 60, 0),
        goals=["全年开展戏曲进乡村演出100场，观众2万人次，培训农村戏曲骨干120人。"],
    )  # fmt: skip
    b.file_mark("F106", "error", note="no 满意度指标 although the audiences are identifiable")
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("成本指标", "经济成本指标", "场均演出成本", "≤0.5万元/场"),
        ("产出指标", "数量指标", "戏曲演出场次", "≥100场"),
        (None, None, "覆盖行政村", mk("≥XX个", "X101", "error", note="placeholder left")),
        (None, None, "观众人次", "≥2万人次"),
        (None, None, "培训农村戏曲骨干", "≥120人"),
        (None, "质量指标", "演出节目审核通过率", pct(1.0)),
        (None, None, "演出设备完好率", "≥95%"),
        (None, "时效指标", "演出任务完成时间", "2026年11月30日前"),
        ("效益指标", "社会效益指标", "农村戏曲爱好者参与率", "≥30%"),
        (None, "可持续影响指标", "地方戏曲传承", "有效"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "张秋菊", "0743-5520928", "2025年11月18日")
    return b
