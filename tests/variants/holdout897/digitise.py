"""Archives digitisation projects (档案数字化): percent cells, 中期 and 年度, points at two
levels (khw01–khw06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout897.common import (
    HEAD6,
    YEAR,
    indicators,
    multi_year,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout897.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("khw01-scan-percent", (1, 7), "project, NAT-2021, operator column 指标性质 and "
         "unit column under header 绩效目标值, percent cells, 万元 in the number format "
         "(correct)")  # fmt: skip
def scan_percent() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="馆藏民国档案数字化加工项目", dept="甸湄市档案馆 417003",
                 unit="甸湄市档案馆", money=one_year(wan(126), wan(126), wan(0)),
                 goals=["完成馆藏民国档案 4200 卷、约 126 万页的扫描、图像处理与目录著录，"
                        "建成可检索的数字档案目录库。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "扫描加工民国档案", "≥", 4200, "卷"),
        (None, None, "扫描图像页数", "≥", 126, "万页"),
        (None, "质量指标", "图像质量抽检合格率", "≥", pct(0.98), "%"),
        (None, None, "目录著录差错率", "≤", pct(0.005, "0.0%"), "%"),
        (None, None, "加工过程中档案实体损坏事件", "≤", 0, "起"),
        (None, "时效指标", "加工任务完成时间", "≤", "2025年11月30日", None),
        ("成本指标", "经济成本指标", "每页综合加工单价", "≤", 0.95, "元/页"),
        ("效益指标", "社会效益指标", "数字化档案在线查阅服务", "≥", 8000, "人次"),
        (None, "可持续影响指标", "原件调阅次数较上年下降率", "≥", pct(0.3), "%"),
        ("满意度指标", "服务对象满意度指标", "查档利用者满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "符岱宁", "0736-5120486", day(2024, 11, 26, CN_DATE))
    return b


@variant("khw02-scan-percent-wrong", (1,), "project, NAT-2021, operator and unit columns: a "
         "typed percent above 100 %, a deadline given as 100 %, a value unit against the unit "
         "column")  # fmt: skip
def scan_percent_wrong() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="婚姻登记档案数字化项目", dept="苍霁县民政局 208",
                 unit="苍霁县婚姻登记档案室", money=one_year(wan(48), wan(40), wan(8)),
                 goals=["完成历年婚姻登记档案 2.6 万卷的数字化，实现登记档案全县"
                        "通查通办。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "婚姻登记档案数字化加工", "≥",
         mk("26000件", "T112", "error", alt=("T116",),
            note="件 in the value against 卷 in the unit column"), "卷"),
        (None, "质量指标", "扫描图像合格率", "≥",
         mk(pct(1.02), "T106", "error", note="shows 102%: a 合格率 is capped at 100 %"), "%"),
        (None, "时效指标", "数字化成果验收完成时间", "=",
         mk(pct(1), "T113", "warning", note="a deadline given as 100 %"), None),
        ("成本指标", "经济成本指标", "每卷数字化加工成本", "≤", 15, "元/卷"),
        ("效益指标", "社会效益指标", "查档平均等候时间", "≤", 10, "分钟"),
        ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "管映秋", "0791-3386215", day(2024, 12, 3))
    return b


@variant("khw03-multi-year-scan", (8,), "three-year project, NAT-2021, 中期 and 年度 value "
         "columns: counts rise to the period, rates and unit costs equal in both "
         "(correct)")  # fmt: skip
def multi_year_scan() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="建国初期文书档案数字化三年行动",
                 dept="甸湄市档案馆 417003", unit="甸湄市档案馆", attr="新增项目",
                 money=multi_year((wan(540), wan(540), wan(0)), (wan(180), wan(180), wan(0))),
                 goals=["三年内完成馆藏建国初期文书档案 12000 卷数字化，建成全文检索系统并"
                        "接入省级档案信息平台。",
                        "本年度完成文书档案 4000 卷数字化及目录著录，"
                        "完成检索系统建设招标。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）", "备注")
    indicators(s, head, [
        ("产出指标", "数量指标", "文书档案数字化", "≥12000卷", "≥4000卷", "按卷计"),
        (None, None, "目录条目著录", "≥36万条", "≥12万条", None),
        (None, "质量指标", "扫描图像合格率", "≥99%", "≥99%", "比率，两栏相同"),
        (None, "时效指标", "阶段任务完成时间", "2027年12月31日前", "2025年12月31日前", None),
        ("成本指标", "经济成本指标", "每卷数字化成本", "≤45元/卷", "≤45元/卷", "单价"),
        ("效益指标", "社会效益指标", "数字档案网上利用", "≥3万人次", "≥0.8万人次", None),
        (None, "可持续影响指标", "数字档案异地备份覆盖率", "100%", "100%", None),
        ("满意度指标", "服务对象满意度指标", "利用者满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    sign(s, "符岱宁", "0736-5120486", day(2024, 11, 26))
    return b


@variant("khw04-multi-year-copied", (8,), "two-year project, OLD-NAT, 中期 and 年度 columns: "
         "中期目标 text copied, a cumulative count copied, an annual count above its "
         "period")  # fmt: skip
def multi_year_copied() -> Book:
    b, s = start()
    text = "建成电子档案接收与长期保存系统，接收电子档案并完成纸质档案缩微备份。"
    project_head(s, year=YEAR, years=2, name="电子档案接收与缩微备份项目",
                 dept="柘湾区档案馆 9031", unit="柘湾区档案馆", attr="新增项目",
                 money=multi_year((wan(150), wan(150), wan(0)), (wan(80), wan(80), wan(0))),
                 goals=[text, mk(text, "D204", "warning",
                                 note="年度目标 repeats 中期目标 word for word")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "备注"), [
        ("产出指标", "数量指标", "电子档案接收进馆", "≥60万件",
         mk("≥60万件", "D202", "warning", note="cumulative count copied from 中期"), None),
        (None, None, "纸质档案缩微拍摄", "≥1200卷",
         mk("≥1500卷", "D201", "error", note="the year's count exceeds the two-year count"),
         None),
        (None, None, "档案数据备份容量", "≥120TB", "≥60TB", None),
        (None, "质量指标", "电子档案四性检测通过率", "≥98%", "≥98%", None),
        (None, "时效指标", "进馆电子档案检测时限", "≤10个工作日", "≤10个工作日", None),
        (None, "成本指标", "每卷缩微拍摄成本", "≤300元/卷", "≤300元/卷", None),
        ("效益指标", "社会效益指标", "电子档案网上利用", "≥3万人次", "≥1.5万人次", None),
        ("满意度指标", "服务对象满意度指标", "档案移交单位满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    sign(s, "闻叙白", "0557-4402938", day(2024, 12, 10))
    return b


POINTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("khw05-points-two-levels", (10,), "project, NAT-2021, tier-1 score column and "
         "indicator score column both adding to 100, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def points_two_levels() -> Book:
    b, s = start("绩效目标")
    project_head(s, year=YEAR, name="档案开放鉴定与利用服务提升项目", dept="柘湾区档案馆 9031",
                 unit="柘湾区档案馆", money=one_year(wan(40), wan(35), wan(5)),
                 goals=["完成到期档案开放鉴定 9000 卷，向社会开放 3000 卷并公布开放目录，"
                        "提升查档查全率。"])  # fmt: skip
    indicators(s, POINTS_HEAD, [
        ("产出指标", 50, "数量指标", "开放鉴定到期档案", "≥9000卷", 15),
        (None, None, None, "向社会开放档案", "≥3000卷", 10),
        (None, None, "质量指标", "开放鉴定复核差错率", "≤1%", 10),
        (None, None, "时效指标", "开放目录公布时间", "2025年10月31日前", 15),
        ("成本指标", 10, "经济成本指标", "每卷开放鉴定成本", "≤40元/卷", 10),
        ("效益指标", 30, "社会效益指标", "档案查全率", "提高≥5百分点", 15),
        (None, None, "可持续影响指标", "开放档案目录网上公布率", pct(1), 15),
        ("满意度指标", 10, "服务对象满意度指标", "查档者满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "闻叙白", "0557-4402938", day(2024, 12, 10))
    return b


@variant("khw06-tier-points-wrong", (10,), "project, NAT-2021, tier-1 score column against the "
         "indicator scores under it (two tiers off, totals 100 at both levels), a rate as a "
         "count")  # fmt: skip
def tier_points_wrong() -> Book:
    b, s = start("绩效目标")
    project_head(s, year=YEAR, name="城建档案数字化与著录项目",
                 dept="栖枫县住房和城乡建设局 311", unit="栖枫县城建档案馆",
                 money=one_year(wan(64), wan(64), wan(0)),
                 goals=["完成城建档案 5200 卷数字化及案卷级、文件级著录，"
                        "建成城建档案查询库。"])  # fmt: skip
    indicators(s, POINTS_HEAD, [
        ("产出指标", mk(50, "W103", "error", alt=("W101",),
         note="declared 50, the indicators under it add to 45"), "数量指标",
         "城建档案数字化", "≥5200卷", 15),
        (None, None, None, "文件级著录条目", "≥15万条", 10),
        (None, None, "质量指标", "档案著录完整率",
         mk("12000条", "T105", "error", note="a 完整率 given as a count"), 10),
        (None, None, "时效指标", "数字化任务完成时间", "2025年11月30日前", 10),
        ("成本指标", 10, "经济成本指标", "每卷数字化著录成本", "≤110元/卷", 10),
        ("效益指标", mk(30, "W103", "error", alt=("W101",),
         note="declared 30, the indicators under it add to 35"), "社会效益指标",
         "城建档案查询利用", "≥2000人次", 20),
        (None, None, "可持续影响指标", "城建档案电子化利用率", "提高≥3百分点", 15),
        ("满意度指标", 10, "服务对象满意度指标", "查档单位满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "简若栩", "0753-2690174", day(2024, 12, 6))
    return b
