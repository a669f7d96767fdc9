"""Storytelling (评书) troupes: flat lists, 中期 and 年度, header words, template rows
(yo07–yo12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout447.common import (
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout447.registry import variant
from tests.variants.kit import Book, mk, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "yo07-flat-department",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), percent cells, weights add to 100, 0起 on accidents "
    "(correct)",
)
def yo07() -> Book:
    b, s = start()
    department_head(
        s,
        year=2026,
        dept="澜桥区评书艺术团",
        budget=[(wan(320), wan(280), wan(40), wan(210), wan(110))],
        tasks=[
            ("评书下乡演出", "赴乡镇、村居演出长篇评书选段", wan(60), "全年下乡演出80场"),
            ("评书录音整理", "整理老艺人评书录音并归档", wan(50), "整理录音300回"),
            ("金额合计", None, wan(110), None),
        ],
        goal="完成评书下乡演出80场，整理评书录音300回，听众满意度不低于90%。",
    )
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("评书下乡演出场次", 20, "场", "≥", 80),
        ("评书录音整理回目数", 15, "回", "≥", 300),
        ("演出安全责任事故", 10, "起", "≤", 0),
        ("录音资料归档及时率", 15, "%", "≥", pct(0.95)),
        ("下乡演出单场补助标准", 15, "万元/场", "≤", 0.6),
        ("青少年听众占比", 10, "%", "≥", pct(0.25)),
        ("听众满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "戚慕秋", "0736-5528 1093")
    return b


@variant(
    "yo08-flat-defects",
    (3, 11),
    "department, flat list in another order (指标名称 · 指标值 "
    "· 指标性质 as direction · 计量单位 · 权重): a unit conflict, a 反向 rate with ≥, "
    "weights adding to 95",
)
def yo08() -> Book:
    b, s = start()
    department_head(
        s,
        year=2026,
        dept="澜桥区说书人协会",
        budget=[(wan(150), wan(130), wan(20), wan(90), wan(60))],
        goal="开展评书进校园40场，数字化评书书目120部。",
    )
    b.file_mark("W101", "error", note="weights 20+15+15+15+10+20 = 95, not 100")
    s.skip()
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("评书进校园演出场次", "≥40场", "正向", "场", 20),
        ("评书书目数字化数量",
         mk("≥120部", "T112", "error", note="部 in the value, 小时 in the unit column"),
         "正向", "小时", 15),
        ("数字化音频差错率",
         mk("≥1%", "T108", "warning", row=True, note="a 差错率 is 反向: ≥ is the wrong way"),
         "反向", "%", 15),
        ("单场进校园演出成本", "≤0.5万元/场", "反向", "万元/场", 15),
        ("评书传承工作社会影响力", "提升", "正向", None, 10),
        ("师生满意度", "≥90%", "正向", "%", 20),
    ])  # fmt: skip
    return b


@variant(
    "yo09-three-year",
    (8,),
    "three-year 评书 heritage project, NAT-2021, 中期 and 年度 "
    "value columns: annual counts below period counts, rates equal (correct)",
)
def yo09() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        years=3,
        name="评书非遗传承人培养项目",
        attr="新增项目",
        dept="鹤汀县文化和旅游局 618002",
        unit="鹤汀县评书传习所",
        money=multi_year((wan(180), wan(150), wan(30)), (wan(60), wan(50), wan(10))),
        goals=[
            "三年培养评书传承学员30人，整理长篇评书书目9部，形成师带徒传承梯队。",
            "本年度培养评书传承学员10人，整理长篇评书书目3部。",
        ],
    )
    indicators(s, [
        ("产出指标", "数量指标", "培养评书传承学员人数", "≥30人", "≥10人"),
        (None, None, "整理长篇评书书目", "≥9部", "≥3部"),
        (None, "质量指标", "学员结业考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "年度教学计划完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "学员人均年度培养成本", "≤1.5万元/人", "≤1.5万元/人"),
        ("效益指标", "社会效益指标", "评书艺术传承影响力", "提升", "提升"),
        (None, "可持续影响指标", "师带徒传承机制", "健全", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "≥90%"),
    ], header=PERIOD)  # fmt: skip
    notes(s, "注：人均培养成本为年度标准，中期与年度取值相同。", width=5)
    return b


@variant(
    "yo10-two-year-copied",
    (8,),
    "two-year 评书 recording project, NAT-2021, 中期 and 年度 "
    "columns: 中期目标 text copied into 年度目标, cumulative counts copied",
)
def yo10() -> Book:
    b, s = start()
    goal = "录制出版长篇评书4部，音频时长600小时，推动评书艺术数字化传播。"
    project_head(
        s,
        year=2026,
        years=2,
        name="长篇评书录制出版项目",
        dept="鹤汀县文化和旅游局 618002",
        unit="鹤汀县评书艺术研究会",
        money=multi_year((wan(90), wan(80), wan(10)), (wan(45), wan(40), wan(5))),
        goals=[
            goal,
            mk(goal, "D204", "warning", note="年度目标 copied word for word from 中期目标"),
        ],
    )
    indicators(s, [
        ("产出指标", "数量指标", "录制长篇评书部数", "≥4部",
         mk("≥4部", "D202", "warning", note="a two-year cumulative count copied")),
        (None, None, "评书音频录制时长", "≥600小时",
         mk("≥600小时", "D202", "warning", note="a two-year cumulative count copied")),
        (None, "质量指标", "音频成品验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "分集音频按期上线率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "每小时音频制作成本", "≤0.07万元/小时", "≤0.07万元/小时"),
        ("效益指标", "社会效益指标", "评书网络收听人次增长率", "≥10%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "听众满意度", "≥90%", "≥90%"),
    ], header=PERIOD)  # fmt: skip
    return b


@variant(
    "yo11-second-sheet",
    (7,),
    "project: head on the first sheet, the indicator table on a "
    "second sheet under 指标内容 and 预期实现值 (correct)",
)
def yo11() -> Book:
    b, s = start("基本信息")
    project_head(
        s,
        year=2026,
        name="广播评书节目制作项目",
        dept="澜桥区融媒体中心 207004",
        unit="澜桥区评书艺术团",
        money=one_year(wan(28), wan(28), wan(0)),
        goals=["制作广播评书节目200期，在区融媒体平台全年播出。"],
    )
    t = b.sheet("绩效指标", (16, 18, 30, 20))
    t.title("2026年度广播评书节目制作项目绩效指标", 4)
    indicators(t, [
        ("产出指标", "数量指标", "制作广播评书节目期数", "≥200期"),
        (None, "质量指标", "节目播出审核通过率", "=100%"),
        (None, "时效指标", "节目按期播出率", "≥98%"),
        (None, "成本指标", "单期节目制作成本", "≤0.12万元/期"),
        ("效益指标", "社会效益指标", "评书节目平台收听人次增长率", "≥8%"),
        (None, "可持续影响指标", "评书节目常态化播出机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "听众满意度", "≥90%"),
    ], header=("一级指标", "二级指标", "指标内容", "预期实现值"))  # fmt: skip
    return b


@variant(
    "yo12-template-rows",
    (6, 7, 13),
    "project, NAT-2021, header 预期目标: two tier-2 "
    "labels left from the template without indicators, a value without a name",
)
def yo12() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="评书书场修缮及驻场演出项目",
        dept="鹤汀县文化馆 618010",
        unit="鹤汀县老街评书书场",
        money=one_year(wan(40), wan(35), wan(5)),
        goals=["修缮书场座席120个，全年驻场演出评书150场。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "修缮书场座席", "≥120个"),
        (None, None, "驻场演出场次", "≥150场"),
        (None, "质量指标", "修缮工程验收合格率", "=100%"),
        (None, "时效指标", "修缮完工时间", "2026年5月31日前"),
        ("成本指标", "经济成本指标", "单场驻场演出补贴", "≤0.15万元/场"),
        (None, mk("社会成本指标", "F109", "warning", row=True,
                  note="template tier-2 with no indicator and no value"), None, None),
        ("效益指标", "社会效益指标", "书场周边文化消费活跃度", "提升"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 with no indicator and no value"), None, None),
        (None, "可持续影响指标", mk(None, "F110", "error",
                                    note="a value with no indicator name"), "持续运营"),
        ("满意度指标", "服务对象满意度指标", "听众满意度", "≥90%"),
    ], header=("一级指标", "二级指标", "三级指标", "预期目标"))  # fmt: skip
    return b
