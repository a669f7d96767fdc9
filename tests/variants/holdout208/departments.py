"""部门整体 tables with shares and key tasks, and two stacked projects with detail blocks: a
share against its amount, tasks that miss their 金额合计, shares that round to 99.9 %, a
测算依据 against its line and lines that miss their 合计 (pj11, pj14, pj18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout208.common import (
    ONE,
    book,
    dept_top,
    detail,
    indicators,
    one_year_money,
    sign,
    tasks,
    wan,
)
from tests.variants.holdout208.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

SHARE = "0.0%"


@variant("pj11-department-share-and-tasks", (12,), "department, NAT-2021, an amount row and a "
         "占比 row under the budget header: 项目支出 800 of 2000 given 45%; key tasks "
         "300 + 200 + 180 + 150 = 830 against a 金额合计 of 800")  # fmt: skip
def pj11() -> Book:
    b, s = book("部门整体")
    dept_top(s, "2026年度部门整体支出绩效目标申报表", "松岗县市场监督管理局", day(2025, 11, 18))
    s.row("年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row("金额", wan(2000), wan(1800), wan(200), wan(1200),
          ok(wan(800), "error", note="the tasks' 830 may be set against it"))  # fmt: skip
    s.row("占比", pct(1), pct(0.9), pct(0.1), pct(0.6),
          mk(pct(0.45), "B111", "error", note="800 ÷ 2000 = 40%"))  # fmt: skip
    tasks(s, [
        ("食品安全监督抽检", "完成食品安全监督抽检3000批次", wan(300), "抽检合格率97%以上"),
        ("特种设备定期检验", "完成在用特种设备定期检验2500台", wan(200), "按期完成定期检验"),
        ("计量器具强制检定", "完成强检计量器具检定15000台件", wan(180), "检定任务全部完成"),
        ("投诉举报热线平台运维", "投诉举报热线及处置平台运行维护", wan(150), "按时办结率95%以上"),
        ("金额合计", None, mk(wan(800), "B102", "error", note="300 + 200 + 180 + 150 = 830"),
         None),
    ])  # fmt: skip
    s.row("年度总体目标", "完成食品安全监督抽检3000批次、特种设备定期检验2500台、计量器具强制检定"
          "15000台件，食品安全抽检合格率保持在97%以上，投诉举报按时办结率达到95%以上。",
          merge=[(2, 6)])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "食品安全监督抽检批次", "≥3000批次"),
        (None, None, "特种设备定期检验数量", "≥2500台"),
        (None, None, "计量器具强制检定数量", "≥15000台件"),
        (None, "质量指标", "监督抽检任务完成率", pct(1)),
        (None, "时效指标", "投诉举报按时办结率", "≥95%"),
        ("成本指标", "经济成本指标", "单批次食品抽检费用", "≤1000元/批次"),
        ("效益指标", "社会效益指标", "食品安全抽检合格率", "≥97%"),
        (None, "可持续影响指标", "智慧监管平台运行情况", "稳定运行"),
        ("满意度指标", "服务对象满意度指标", "市场主体和消费者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pj14-shares-round", (1, 12), "department, NAT-2021, budget code, sources and "
         "spending side by side with shares as 0.0% cells: 48.5% + 13.5% + 37.9% = 99.9% "
         "(rounded shares of 1165, 325 and 910 of 2400), key tasks adding up "
         "(correct)")  # fmt: skip
def pj14() -> Book:
    b, s = book("Sheet1", (16, 16, 14, 16, 16, 14))
    dept_top(s, "2026年度部门整体支出绩效目标表", "雁回市文化馆", day(2025, 11, 25),
             code="318006")  # fmt: skip
    s.row("资金构成", "金额（万元）", "占比", "支出结构", "金额（万元）", "占比")
    s.row("资金总额", wan(2400), pct(1, SHARE), "人员经费", wan(1165), pct(0.485, SHARE))
    s.row("其中：财政拨款", wan(2160), pct(0.9, SHARE), "公用经费", wan(325), pct(0.135, SHARE))
    s.row("其他资金", wan(240), pct(0.1, SHARE), "项目支出", wan(910), pct(0.379, SHARE))
    s.row(None, None, None, "支出合计", wan(2400), pct(0.999, SHARE))
    tasks(s, [
        ("群众文化活动", "举办广场文艺、节庆展演等活动", wan(320), "全年举办120场"),
        ("非遗保护传承", "非遗传承人培训及展示展演", wan(260), "培训传承人200人次"),
        ("公益文艺培训", "开设舞蹈、声乐、书画公益培训班", wan(210), "开班60期"),
        ("数字文化馆运维", "平台运行维护及数字资源更新", wan(120), "平台稳定运行"),
        ("金额合计", None, wan(910), None),
    ])  # fmt: skip
    s.row("年度总体目标", "全年举办群众文化活动120场、公益文艺培训60期，开展非遗传承人培训"
          "200人次，服务群众15万人次以上。", merge=[(2, 6)])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "举办群众文化活动场次", "≥120场"),
        (None, None, "公益文艺培训期数", "≥60期"),
        (None, None, "非遗传承人培训人次", "≥200人次"),
        (None, "质量指标", "公益培训学员结业率", "≥90%"),
        (None, "时效指标", "年度重点任务完成时间", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单场群众文化活动成本", "≤2.5万元/场"),
        ("效益指标", "社会效益指标", "服务群众人次", "≥15万人次"),
        (None, "可持续影响指标", "数字文化馆年访问量增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pj18-stacked-basis-and-total", (2, 12), "two one-year projects stacked, NAT-2021, one "
         "value column, each with a detail block: 创业辅导 50人×2000元/人 (10万元) written 13 in "
         "the first; lines 30 + 18 + 25 + 12 = 85 under a 合计 of 80 in the second")  # fmt: skip
def pj18() -> Book:
    b, s = book("绩效目标表")
    lines = ("序号", "支出内容", "测算依据", "金额（万元）")
    project_head(
        s, year=2026, name="退役军人就业创业培训项目", dept="临溪县退役军人事务局（121）",
        unit="临溪县退役军人服务中心", title="2026年度项目支出绩效目标表（汇总）",
        money=one_year_money(wan(60), wan(60), wan(0)),
        goals=["培训退役军人职业技能120人、创业辅导50人，举办专场招聘会4场，"
               "培训后就业创业率达到80%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "退役军人职业技能培训人数", "≥120人"),
        (None, None, "创业辅导人数", "≥50人"),
        (None, None, "举办退役军人专场招聘会", "≥4场"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训任务完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "职业技能培训人均费用", "≤3000元/人"),
        ("效益指标", "社会效益指标", "培训后就业创业率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参训退役军人满意度", "≥90%"),
    ])  # fmt: skip
    detail(s, "资金测算", lines, [
        (1, "职业技能培训", "120人×3000元/人", wan(36)),
        (2, "创业辅导", "50人×2000元/人",
         mk(wan(13), "B101", "error", row=True, alt=("B102",),
            note="50人×2000元/人 = 10万元, not 13")),
        (3, "专场招聘会", "4场×2.75万元/场", wan(11)),
    ], ("合计", None, None, wan(60)))  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="退役军人服务站标准化建设项目", dept="临溪县退役军人事务局（121）",
        unit="临溪县退役军人服务中心", title="",
        money=one_year_money(
            ok(wan(80), "error", note="the lines' 85 against 80: the 合计 slip"), wan(80), wan(0)),
        goals=["完成15个乡镇退役军人服务站标准化改造，扶持50个村级服务站运行，"
               "培训服务站工作人员200人次。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "乡镇服务站标准化改造数", "≥15个"),
        (None, None, "扶持村级服务站运行数", "≥50个"),
        (None, None, "培训服务站工作人员", "≥200人次"),
        (None, "质量指标", "服务站标准化验收合格率", pct(1)),
        (None, "时效指标", "服务站改造完成时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "村级服务站运行补助标准", "≤0.5万元/个"),
        ("效益指标", "社会效益指标", "退役军人服务事项办结率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "退役军人满意度", "≥90%"),
    ])  # fmt: skip
    detail(s, "资金测算", lines, [
        (1, "乡镇服务站标准化改造", "15个×2万元/个", wan(30)),
        (2, "信息化设备配置", "15套×1.2万元/套", wan(18)),
        (3, "村级服务站运行补助", "50个×0.5万元/个", wan(25)),
        (4, "工作人员业务培训", "200人次×600元/人次", wan(12)),
    ], ("合计", None, None,
        mk(wan(80), "B102", "error", note="30 + 18 + 25 + 12 = 85")))  # fmt: skip
    sign(s, "罗青禾", "钟一鸣", "0596-7312408")
    return b
