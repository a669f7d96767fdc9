"""Department returns, budget-system exports and labelled tiers across both halves of the
theme (溶洞景区 and 洞穴保护)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout407.common import (
    HEAD4,
    HEAD6,
    YEAR,
    indicators,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout407.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

SHARE = "0.0%"


@variant("xa13-department-shares", (5, 12), "department, NAT-2021: budget with a row of shares, "
         "key tasks adding to 金额合计, numbered tier labels (correct)")  # fmt: skip
def xa13() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="岚岫县玉屏洞风景名胜区管理局",
                    budget=[[wan(860), wan(780), wan(80), wan(520), wan(340)],
                            [pct(1, SHARE), pct(0.907, SHARE), pct(0.093, SHARE),
                             pct(0.605, SHARE), pct(0.395, SHARE)]],
                    tasks=[("洞内游览设施维护", "栈道、照明、扶手维护", wan(150), "完好率≥95%"),
                           ("景区安全管理", "安全巡查和应急演练", wan(110), "安全事故0起"),
                           ("洞穴景观保护监测", "沉积物和洞内环境监测", wan(80), "达标率≥90%"),
                           ("金额合计", None, wan(340), None)],
                    goal="保障洞内游览设施完好和游客安全，监测并保护洞穴景观。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    indicators(s, HEAD4, [
        ("一、产出指标", "（一）数量指标", "维护洞内游步道", "≥3.5公里"),
        (None, None, "开展安全应急演练", "≥4次"),
        (None, "（二）质量指标", "洞内游览设施完好率", "≥95%"),
        (None, "（三）时效指标", "设施故障修复时限", "≤48小时"),
        ("二、成本指标", "（一）经济成本指标", "游步道每公里年维护费用", "≤20万元"),
        ("三、效益指标", "（一）社会效益指标", "安全责任事故", "0起"),
        (None, "（二）生态效益指标", "洞内环境监测指标达标率", "≥90%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃岳川", "0774-6153208")
    return b


@variant("xa14-department-money-wrong", (4, 12), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, tasks short of 金额合计; a note row inside, 填表说明 below")  # fmt: skip
def xa14() -> Book:
    b, s = start()
    total = mk(wan(520), "B101", "error", row=True, note="300 + 240 = 540, not 520")
    whole = mk(wan(240), "B102", "error", note="90 + 70 + 60 = 220, not 240")
    department_head(s, year=YEAR, dept="鹰岩县喀斯特地质公园管理中心",
                    budget=[[total, wan(460), wan(60), wan(300), wan(240)]],
                    tasks=[("洞穴科普馆展陈更新", "更新科普展板和模型", wan(90), "展板≥60块"),
                           ("地质遗迹监测", "溶洞地质遗迹监测", wan(70), "监测点≥25个"),
                           ("溶洞景观保护修复", "修复受损洞穴景观", wan(60), "验收合格"),
                           ("金额合计", None, whole, None)],
                    goal="更新洞穴科普展陈，监测溶洞地质遗迹，修复受损景观。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row(*HEAD4)
    s.table([
        ("产出指标", "数量指标", "更新科普展板", "≥60块"),
        (None, None, "地质遗迹监测点", "≥25个"),
        (None, "质量指标", "监测报告合格率", "100%"),
        (None, "时效指标", "展陈更新完成时间", "2026年10月31日前"),
    ], merged=(1, 2))  # fmt: skip
    s.row("注：以上产出指标为全年累计数。", merge=[(1, 4)])
    s.table([
        ("成本指标", "经济成本指标", "科普展板单价", "≤0.6万元/块"),
        ("效益指标", "社会效益指标", "科普馆年接待研学学生", "≥1.2万人次"),
        ("满意度指标", "服务对象满意度指标", "研学师生满意度", "≥92%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.金额单位为万元；2.三级指标可增行填写；3.指标值应量化。")
    sign(s, "蓝若溪", "0776-5820633")
    return b


@variant("xa15-export-template-rows", (4, 6, 13), "budget-system export: money on sheet 05-1, "
         "the table on sheet 05-2 under a third-row header with codes in the first columns; a "
         "tier-2 left from the template, a value without a name")  # fmt: skip
def xa15() -> Book:
    b = Book()
    m = b.sheet("部门项目支出预算05-1", (12, 26, 22, 30, 12, 12, 12))
    m.title("部门项目支出预算表", 7)
    m.row("单位：万元")
    m.row("单位代码", "单位名称", "项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    m.row("318002", "岚岫县洞穴资源保护中心", "451026260000000117", "溶洞洞穴生态修复试点",
          wan(150), wan(130), wan(20))  # fmt: skip
    m.row("合计", None, None, None, wan(150), wan(130), wan(20))
    t = b.sheet("部门项目支出绩效目标05-2", (22, 24, 30, 14, 18, 28, 14))
    t.title("部门项目支出绩效目标表", 7)
    t.row("单位名称：岚岫县洞穴资源保护中心", None, None, "预算年度：2026")
    empty = mk("时效指标", "F109", "warning", row=True, note="a template tier-2 left empty")
    nameless = mk(None, "F110", "error", note="a value with no indicator name")
    goal = "修复受损洞穴沉积景观40处，清理洞内人为垃圾，改善洞穴生态环境。"
    indicators(t, ("项目代码", "项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标",
                   "指标值"), [
        ("451026260000000117", "溶洞洞穴生态修复试点", goal,
         "产出指标", "数量指标", "修复受损洞穴沉积景观", "≥40处"),
        (None, None, None, None, None, "清理洞内人为垃圾", "≥6吨"),
        (None, None, None, None, "质量指标", "修复工程验收合格率", "100%"),
        (None, None, None, None, empty, None, None),
        (None, None, None, "成本指标", "经济成本指标", "单处修复平均成本", "≤3万元"),
        (None, None, None, "效益指标", "生态效益指标", "洞内滴水点水质达标率", "≥90%"),
        (None, None, None, None, "社会效益指标", nameless, "≥3场"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "景区游客满意度", "≥90%"),
    ], merged=(1, 2, 3, 4, 5))  # fmt: skip
    return b


@variant("xa16-footnotes-page-break", (4,), "project, OLD-NAT, one value column: an instruction "
         "row inside the table, the header repeated after a page break, footnotes, signature "
         "and a fill date in the year before (correct)")  # fmt: skip
def xa16() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="石燕洞景区游客承载量管控", dept="岚岫县文化和旅游局（217）",
                 unit="岚岫县石燕洞景区管理处", money=one_year(48, 40, 8),
                 goals=["安装入洞计数闸机，实行分时段预约游"
                        "览，洞内瞬时游客量不超过核定承载量。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("（填写说明：三级指标可按项目实际增减，指标值须量化）",),
        ("产出指标", "数量指标", "安装入洞实时计数闸机", "≥6套"),
        (None, None, "每日分时段游览批次", "≥16批"),
        (None, "质量指标", "客流计数准确率", "≥98%"),
        (None, "时效指标", "闸机投入使用时间", "2026年4月30日前"),
        (None, "成本指标", "闸机单套购置安装费用", "≤5万元"),
        HEAD4,
        ("效益指标", "社会效益指标", "洞内瞬时游客量超过核定承载量天数", "0天"),
        (None, "生态效益指标", "洞内二氧化碳浓度超标时长占比", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：1.洞内最大瞬时承载量经核定为600人；", "2.“0天”指全年不出现超载。",
          "填表说明：本表金额单位为万元，一式三份。")  # fmt: skip
    sign(s, "韦嘉禾", "0774-6153421", day(YEAR - 1, 12, 18))
    return b


@variant("xa17-marked-labels", (5, 7), "regional subsidy, OLD-NAT, two-row header, labels "
         "abbreviated with * and ★ core rows, bare numbers, unit column (correct)")  # fmt: skip
def xa17() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="省级自然保护地补助资金（洞穴保护）", dept=DEPT17,
                 unit="鹰岩县林业局", attr="一次性项目",
                 title="2026年度省级补助资金区域绩效目标表",
                 money=one_year(200, 150, 50, other_label="县级配套资金",
                                fiscal_label="其中：省级补助"),
                 goals=["对全县25个重要洞穴实施保护补助"
                        "，设置保护标识，建立长效管护机制。"])  # fmt: skip
    s.row("绩效指标", None, None, "指标值", None, merge=[(1, 3), (4, 5)])
    indicators(s, ("一级指标", "二级指标", "三级指标", "目标值（年度）", "计量单位"), [
        ("*产出", "数量", "★纳入保护的洞穴", "≥25", "个"),
        (None, None, "设置洞口保护标识", "≥50", "块"),
        (None, "质量", "★洞穴保护巡护覆盖率", "≥95", "%"),
        (None, "时效", "补助资金拨付时限", "≤30", "个工作日"),
        (None, "成本", "每个洞穴年均保护补助", "≤8", "万元"),
        ("*效益", "生态效益", "受保护洞穴沉积景观完好率", "≥90", "%"),
        (None, "可持续影响", "建立洞穴长效管护机制", "建立并执行", None),
        ("*满意度", "服务对象满意度", "洞穴所在村组群众满意度", "≥88", "%"),
    ])  # fmt: skip
    notes(s, "注：标★的为核心指标，不得删除。")
    return b


@variant("xa18-evaluation-tier-wrong", (1, 5), "project, OLD-NAT, labels with points, operator "
         "column, typed percent cells: an evaluation tier 过程, a satisfaction of 920%, a count "
         "typed as a percent")  # fmt: skip
def xa18() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="玉屏洞景区讲解服务提升", dept="岚岫县文化和旅游局（217）",
                 unit="岚岫县玉屏洞景区管理处", money=one_year(30, 30, 0),
                 goals=["扩充讲解员队伍，开设双语讲解，提升讲解服务质量。"])  # fmt: skip
    tier = mk("过程（10分）", "F108", "error", note="an evaluation tier-1 in a goal table")
    high = mk(pct(9.2), "T106", "error", note="92% typed as 920%")
    count = mk(pct(0.12), "T120", "warning", note="a head count typed as 12%")
    indicators(s, HEAD6, [
        ("产出指标（50分）", "数量指标", "新增双语讲解员", "≥", count, None),
        (None, None, "开展讲解员培训", "≥", 6, "期"),
        (None, "质量指标", "讲解员持证上岗率", "=", pct(1), None),
        (None, "时效指标", "双语讲解开放时间", "≤", day(YEAR, 7, 1), None),
        (None, "成本指标", "讲解员人均培训费用", "≤", 0.2, "万元"),
        (tier, ok("资金管理", "error", note="follows from the 过程 tier"),
         ok("预算执行率", "warning", note="scored separately"), "≥", pct(0.95), None),
        ("效益指标（30分）", "社会效益指标", "讲解服务覆盖游客比例", "≥", pct(0.6), None),
        ("满意度指标（10分）", "服务对象满意度指标", "游客对讲解服务满意度", "≥", high, None),
    ])  # fmt: skip
    sign(s, "覃岳川", "0774-6153208")
    return b


DEPT17 = "鹰岩县林业局（402）"
