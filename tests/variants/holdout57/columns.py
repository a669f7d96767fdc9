"""Revised returns in other layouts: two column sets, 中期 and 年度 columns, stacked projects,
weights, the old version on a hidden sheet with review columns (jo13–jo18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout57.common import (
    RED,
    YELLOW,
    fill,
    footer,
    note,
    revision,
    strike,
    table,
)
from tests.variants.holdout57.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct

H6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("jo13-two-column-sets", (8,), "three-year project, NAT-2021, two column sets under a "
         "two-line header (中期 二级/三级/指标值, then 年度), （修改稿）, an inserted row in both "
         "sets")  # fmt: skip
def jo13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 24, 14, 14, 24, 14))
    project_head(s, year=2027, years=3, name="岚峰市城镇老旧小区改造（2027—2029年）",
                 dept="岚峰市住房和城乡建设局", unit="岚峰市城市更新服务中心", attr="新增项目",
                 title="2027年度项目支出绩效目标申报表（修改稿）",
                 money=[("中期资金总额", money(12000, WAN), "年度资金总额", money(4000, WAN)),
                        ("其中：财政拨款", money(10800, WAN), "其中：财政拨款", money(3600, WAN)),
                        ("其他资金", money(1200, WAN), "其他资金", money(400, WAN))],
                 goals=["2027—2029年改造城镇老旧小区36个、惠及居民9000户，新增停车位1500个。",
                        "2027年改造城镇老旧小区12个、惠及居民3000户，"
                        "新增停车位500个。"])  # fmt: skip
    s.row("一级指标", "中期绩效指标（2027—2029年）", None, None, "年度绩效指标（2027年）",
          None, None, merge=[(2, 4), (5, 7)])  # fmt: skip
    first = table(s, (None, "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "改造老旧小区", "≥36个", "数量指标", "改造老旧小区", "≥12个"),
        (None, None, "惠及居民户数", "≥9000户", None, "惠及居民户数", "≥3000户"),
        (None, None, "新增停车位", "≥1500个", None, "新增停车位", "≥500个"),
        (None, "质量指标", "改造工程验收合格率", pct(1.0), "质量指标", "改造工程验收合格率",
         pct(1.0)),
        (None, "时效指标", "改造任务按期完成率", pct(0.95), "时效指标", "改造任务按期完成率",
         pct(0.95)),
        ("成本指标", "经济成本指标", "户均改造成本", "≤1.3万元/户", "经济成本指标",
         "户均改造成本", "≤1.3万元/户"),
        ("效益指标", "社会效益指标", "改造小区物业管理覆盖率", pct(1.0), "社会效益指标",
         "改造小区物业管理覆盖率", pct(1.0)),
        (None, "可持续影响指标", "小区长效管理机制", "健全", "可持续影响指标",
         "小区长效管理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", pct(0.9),
         "服务对象满意度指标", "改造小区居民满意度", pct(0.9)),
    ], merged=(1, 2, 5))  # fmt: skip
    s.ws.merge_cells(start_row=first - 2, start_column=1, end_row=first - 1, end_column=1)
    fill(s, first + 2, (3, 4, 6, 7), YELLOW)
    note(s, first + 2, 3, "按审核意见补充停车位指标", "岚峰市城市更新服务中心")
    revision(s, ["1. 补充“新增停车位”指标（中期≥1500个，年度≥500个）；",
                 "2. 年度指标值按2027年任务分解，不再与中期相同。"], 7)  # fmt: skip
    footer(s, "杨子涵", "0595-2207731", "2026年11月23日")
    return b


@variant("jo14-period-annual-left-faults", (8,), "three-year project, OLD-NAT, 实施期 and 年度 "
         "columns and an 审核意见 column, （修改稿）: a count copied from the period column, an "
         "annual count above its period count")  # fmt: skip
def jo14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 26, 8, 12, 12, 10, 26))
    project_head(s, year=2027, years=3, name="沙湄县农村公路提档升级（2027—2029年）",
                 dept="沙湄县交通运输局", unit="沙湄县农村公路管理所", attr="新增项目",
                 title="2027年度项目支出绩效目标申报表（修改稿）",
                 money=[("中期资金总额", money(15000, WAN), "年度资金总额", money(5000, WAN)),
                        ("其中：财政拨款", money(13500, WAN), "其中：财政拨款", money(4500, WAN)),
                        ("其他资金", money(1500, WAN), "其他资金", money(500, WAN))],
                 goals=["2027—2029年完成农村公路提档升级150公里，改造危桥24座，"
                        "实施安全生命防护工程120公里。",
                        "2027年完成农村公路提档升级50公里，改造危桥8座，"
                        "实施安全生命防护工程40公里。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "实施期指标值", "年度指标值",
              "计量单位", "审核意见"), [
        ("产出指标", "数量指标", "农村公路提档升级里程", "≥", 150, 50, "公里", None),
        (None, None, "危桥改造", "≥", 24,
         mk(24, "D202", "warning", alt=("D104",), note="年度目标 says 8座"), "座",
         "年度值请按年度分解"),
        (None, None, "安全生命防护工程", "≥", 120,
         mk(160, "D201", "error", alt=("D104",), note="年度目标 says 40公里"), "公里", None),
        (None, "质量指标", "交工验收合格率", "=", pct(1.0), pct(1.0), "%", None),
        (None, "时效指标", "年度建设任务按期完成率", "≥", pct(0.95), pct(0.95), "%", None),
        (None, "成本指标", "每公里提档升级补助标准", "≤", 90, 90, "万元/公里", None),
        ("效益指标", "社会效益指标", "通硬化路自然村比例", "≥", pct(0.98), pct(0.95), "%", None),
        (None, "可持续影响指标", "农村公路管养机制", "定性", "健全", "健全", None, None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", pct(0.9), pct(0.9), "%",
         None),
    ])  # fmt: skip
    footer(s, "罗志强", "0833-5149082", "2026年11月28日")
    return b


def _stacked_table(s, rows, struck: int) -> None:  # type: ignore[no-untyped-def]
    first = table(s, H6, rows)
    strike(s, first + struck, 6)
    fill(s, first + struck + 1, range(3, 7), YELLOW)


@variant("jo15-stacked-revised", (2, 4), "two projects stacked in one sheet, NAT-2021, "
         "（修改稿）, each with an old row struck through above its correction")  # fmt: skip
def jo15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 12, 12))
    project_head(s, year=2027, name="岚峰市全民健身赛事活动", dept="岚峰市体育局",
                 unit="岚峰市全民健身服务中心", title="2027年度项目支出绩效目标表（修改稿）",
                 money=[("年度资金总额", money(150, WAN), "其中：财政拨款", money(130, WAN)),
                        ("其他资金", money(20, WAN), None, None)],
                 goals=["举办市级全民健身赛事18场，参赛群众2.5万人次。"])  # fmt: skip
    _stacked_table(s, [
        ("产出指标", "数量指标", "举办市级全民健身赛事", "≥", 18, "场"),
        (None, None, "参赛群众", "≥", 25000, "人"),
        (None, None, "参赛群众", "≥", 2.5, "万人次"),
        (None, "质量指标", "赛事裁判员持证上岗率", "=", pct(1.0), "%"),
        (None, "时效指标", "赛事活动按计划举办率", "≥", pct(0.95), "%"),
        ("成本指标", "经济成本指标", "单场赛事平均补助", "≤", 8, "万元/场"),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥", pct(0.4), "%"),
        ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥", pct(0.9), "%"),
    ], 1)  # fmt: skip
    s.skip()
    project_head(s, year=2027, name="岚峰市公共体育场馆免费低收费开放补助", title="",
                 dept="岚峰市体育局", unit="岚峰市体育场馆管理中心",
                 money=[("年度资金总额", money(200, WAN), "其中：财政拨款", money(200, WAN)),
                        ("其他资金", money(0, WAN), None, None)],
                 goals=["补助9个公共体育场馆免费或低收费开放，"
                        "年接待健身群众60万人次。"])  # fmt: skip
    _stacked_table(s, [
        ("产出指标", "数量指标", "补助开放场馆", "≥", 9, "个"),
        (None, None, "场馆年接待健身群众", "≥", 60, "万人次"),
        (None, "质量指标", "场馆设施安全检查覆盖率", "=", pct(1.0), "%"),
        (None, "时效指标", "补助资金拨付及时率", "≥", "100%", "%"),
        (None, None, "补助资金拨付及时率", "≥", pct(0.95), "%"),
        ("成本指标", "经济成本指标", "单个场馆年补助标准", "≤", 22, "万元/个"),
        ("效益指标", "社会效益指标", "场馆免费或低收费开放时长", "≥", 35, "小时/周"),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥", pct(0.9), "%"),
    ], 3)  # fmt: skip
    footer(s, "何嘉伟", "0595-2218863", "2026年11月26日")
    return b


@variant("jo16-weights-struck-satisfaction", (10, 4), "project, NAT-2021, weight column and a "
         "合计 row, （修改稿）: the only satisfaction row struck out, the weights left at 85 "
         "against a 合计 of 100")  # fmt: skip
def jo16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 10, 12, 10))
    project_head(s, year=2027, name="柳汀区残疾人康复服务补助", dept="柳汀区残疾人联合会",
                 unit="柳汀区残疾人康复服务中心", title="2027年度项目支出绩效目标申报表（修改稿）",
                 money=[("年度资金总额", money(260, WAN), "其中：财政拨款", money(240, WAN)),
                        ("其他资金", money(20, WAN), None, None)],
                 goals=["为320名残疾儿童提供康复救助，为600名残疾人适配辅助器具。"])  # fmt: skip
    first = table(s, (*H6, "权重（分）"), [
        ("产出指标", "数量指标", "残疾儿童康复救助人数", "≥", 320, "人", 15),
        (None, None, "辅助器具适配人数", "≥", 600, "人", 10),
        (None, "质量指标", "康复服务定点机构协议签订率", "=", pct(1.0), "%", 10),
        (None, None, "康复训练达标率", "≥", pct(0.85), "%", 10),
        (None, "时效指标", "救助资金结算及时率", "≥", pct(0.95), "%", 10),
        ("成本指标", "经济成本指标", "残疾儿童年人均康复救助标准", "≤", 0.6, "万元/人", 10),
        ("效益指标", "社会效益指标", "残疾人基本康复服务覆盖率", "≥", pct(0.85), "%", 10),
        (None, "可持续影响指标", "康复服务定点机构管理制度", "定性", "健全", None, 10),
        ("满意度指标", "服务对象满意度指标", "残疾人及家属满意度", "≥", pct(0.9), "%", 10),
        ("合计", None, None, None, None, None, 100),
    ])  # fmt: skip
    strike(s, first + 8, 7)
    revision(s, ["删除“残疾人及家属满意度”指标（与绩效评价满意度调查重复）。"], 7)
    b.file_mark("F106", "error", note="the only 满意度指标 row is struck out")
    b.file_mark("W101", "error", note="live weights add up to 85, 合计 says 100")
    footer(s, "冯晓东", "0731-8803351", "2026年11月27日")
    return b


@variant("jo17-hidden-old-review-columns", (7, 4), "project, OLD-NAT, （第二稿）: 审核意见 and "
         "整改情况 columns, red fills and 批注, the first draft on a hidden sheet")  # fmt: skip
def jo17() -> Book:
    b = Book()
    rows = [
        ("产出指标", "数量指标", "完成农村生活污水治理行政村", "≥", 28, "个"),
        (None, None, "新建污水管网", "≥", 46, "公里"),
        (None, None, "新建小型污水处理设施", "≥", 22, "座"),
        (None, "质量指标", "污水处理设施出水达标率", "≥", pct(0.9), "%"),
        (None, None, "工程验收合格率", "=", pct(1.0), "%"),
        (None, "时效指标", "项目完工时间", "≤", day(2027, 11, 30, CN_DATE), None),
        (None, "成本指标", "每公里管网建设成本", "≤", 15, "万元/公里"),
        ("效益指标", "生态效益指标", "农村生活污水治理率", "≥", pct(0.45), "%"),
        (None, "社会效益指标", "受益农村人口", "≥", 3.2, "万人"),
        (None, "可持续影响指标", "设施运维管护机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", pct(0.9), "%"),
    ]
    review = {4: ("原填“≥100%”超过上限", "已改为“=100%”"),
              10: ("原填“≥80%”偏低", "已调整为“≥90%”")}  # fmt: skip
    old = [list(r) for r in rows]
    old[4][4] = "100%"
    old[4][3] = "≥"
    old[10][4] = pct(0.8)
    for sheet, title, goal, these in (
        ("Sheet1", "2027年度项目支出绩效目标表（第二稿）",
         "2027年完成28个行政村生活污水治理，新建管网46公里，受益农村人口3.2万人。", rows),
        ("旧版", "2027年度项目支出绩效目标表",
         "完成28个行政村生活污水治理。", [tuple(r) for r in old]),
    ):  # fmt: skip
        s = b.sheet(sheet, (14, 14, 28, 8, 14, 12, 22, 14))
        project_head(s, year=2027, name="青禾县农村生活污水治理", dept="青禾县生态环境分局",
                     unit="青禾县农村环境整治中心", title=title,
                     money=[("年度资金总额", money(800, WAN), "其中：财政拨款", money(700, WAN)),
                            ("其他资金", money(100, WAN), None, None)],
                     goals=[goal])  # fmt: skip
        current = sheet == "Sheet1"
        cols = ("审核意见", "整改情况") if current else ()
        lines = [(*r, *review.get(i, (None, None))) if current else r
                 for i, r in enumerate(these)]  # fmt: skip
        first = table(s, (*H6, *cols), lines)
        if current:
            for i in review:
                fill(s, first + i, (7,), RED)
            note(s, first + 4, 5, "已核实，合格率按=100%填报", "青禾县农村环境整治中心")
            footer(s, "蒋雨辰", "0558-7724418", "2026年12月1日")
        else:
            s.ws.sheet_state = "hidden"
    return b


@variant(
    "jo18-inserted-placeholder-unit",
    (1, 9),
    "project, NAT-2021, （第二稿）: an inserted "
    "row left with XX, a unit cost typed in 元 against a unit column copied from above",
)
def jo18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 10, 12, 12, 18))
    project_head(s, year=2027, name="沙湄县职业技能提升培训补贴", dept="沙湄县人力资源和社会保障局",
                 unit="沙湄县就业服务中心", title="2027年度项目支出绩效目标申报表（第二稿）",
                 money=[("年度资金总额", money(500, WAN), "其中：财政拨款", money(500, WAN)),
                        ("其他资金", money(0, WAN), None, None)],
                 goals=["2027年补贴职业技能培训2500人次，"
                        "1500人取得职业资格或技能等级证书。"])  # fmt: skip
    first = table(s, (*H6, "备注"), [
        ("产出指标", "数量指标", "补贴职业技能培训", "≥", 2500, "人次", None),
        (None, None, "新增培训工种", "≥", mk("XX", "X101", "error"), "个", "新增"),
        (None, None, "取得职业资格或技能等级证书人数", "≥", 1500, "人", None),
        (None, "质量指标", "培训合格率", "≥", pct(0.9), "%", None),
        (None, "时效指标", "补贴资金发放及时率", "≥", pct(0.95), "%", None),
        ("成本指标", "经济成本指标", "人均培训补贴标准", "≤",
         mk("1800元", "T112", "error", row=True, note="unit column 人"), "人", None),
        ("效益指标", "经济效益指标", "参训人员就业率", "≥", pct(0.7), "%", None),
        (None, "社会效益指标", "重点群体培训占比", "≥", pct(0.4), "%", None),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", pct(0.9), "%", None),
    ])  # fmt: skip
    fill(s, first + 1, range(3, 8), YELLOW)
    note(s, first + 1, 5, "请补充具体数值")
    footer(s, "唐文静", "0833-5160278", "2026年12月2日")
    return b
