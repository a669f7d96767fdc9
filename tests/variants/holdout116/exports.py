"""Exports from a budget-management system: one row per indicator, tiers filled down, codes in
front of names, 指标方向 · 计量单位 · 指标值 · 评(扣)分标准 columns, a page foot (lv07, lv08,
lv13, lv16, lv18)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout116.common import amt, page_foot
from tests.variants.holdout116.registry import variant
from tests.variants.kit import Book, C, Sheet, mk, pct

GE, LE, EQ = "大于等于", "小于等于", "等于"
RULE = "完成得满分，未完成按比例扣分，扣完为止"


def coded(rows: Sequence[Sequence[Any]]) -> list[list[Any]]:
    """Fill the tiers down and put the system's codes in front of every name: 1 产出指标,
    101 数量指标, 10101 …; a None tier continues the one above."""
    out: list[list[Any]] = []
    t1 = t2 = ""
    n1 = n2 = n3 = 0
    for r in rows:
        if r[0] is not None:
            n1, n2, t1 = n1 + 1, 0, r[0]
        if r[1] is not None:
            n2, n3, t2 = n2 + 1, 0, r[1]
        n3 += 1
        a, b = f"{n1}", f"{n1}{n2:02d}"
        name = r[2]
        if isinstance(name, C):
            name = replace(name, value=f"{b}{n3:02d} {name.value}")
        else:
            name = f"{b}{n3:02d} {name}"
        out.append([f"{a} {t1}", f"{b} {t2}", name, *r[3:]])
    return out


def export_head(s: Sheet, *, title: str, unit: str, code: str, name: str, kind: str,
                years: str, money: Sequence[Any], goal: str, width: int = 8) -> None:  # fmt: skip
    """The head of a project export: ``money`` = (年度资金总额, 财政拨款, 其他资金)."""
    s.title(title, width)
    s.row(f"单位名称：{unit}", None, None, None, None, None, None, "金额单位：万元",
          merge=[(1, 5)])  # fmt: skip
    s.row("项目名称", f"[{code}]{name}", None, None, "项目类别", kind, "项目期", years,
          merge=[(2, 4)])  # fmt: skip
    s.row("资金情况", "年度资金总额", amt(money[0]), "其中：财政拨款", amt(money[1]), "其他资金",
          amt(money[2]), None)  # fmt: skip
    s.row("年度绩效目标", goal, *([None] * (width - 2)), merge=[(2, width)])


HEAD = (
    "一级指标",
    "二级指标",
    "三级指标",
    "指标方向",
    "计量单位",
    "指标值",
    "评(扣)分标准",
    "备注",
)
WIDTHS = (14, 16, 30, 11, 11, 12, 30, 10)


@variant("lv07-vaccination-export", (4, 7), "budget-system export (项目支出绩效目标表), codes in "
         "front of tier and indicator names, tiers filled down, 指标方向 in words, "
         "page foot")  # fmt: skip
def lv07() -> Book:
    b = Book()
    s = b.sheet("部门项目支出绩效目标05-2", WIDTHS)
    export_head(
        s, title="2026年项目支出绩效目标表", unit="[307012]芦塘县农业农村局",
        code="43112426R000123", name="芦塘县动物疫病强制免疫补助", kind="专项业务类",
        years="1年", money=(186, 186, 0),
        goal="完成春秋两季重大动物疫病强制免疫，应免畜禽免疫密度保持在90%以上，免疫抗体合格率"
        "达到70%以上，全年不发生区域性重大动物疫情。",
    )  # fmt: skip
    s.row(*HEAD)
    s.table(coded([
        ("产出指标", "数量指标", "生猪口蹄疫强制免疫数量", GE, "万头", 42, RULE, None),
        (None, None, "家禽高致病性禽流感免疫数量", GE, "万羽", 260, RULE, None),
        (None, None, "牛羊布病免疫数量", GE, "万头", 3.8, RULE, None),
        (None, "质量指标", "强制免疫病种应免密度", GE, "%", pct(0.9), "每低1个百分点扣0.5分", None),
        (None, None, "免疫抗体合格率", GE, "%", pct(0.7), "每低1个百分点扣0.5分", None),
        (None, "时效指标", "春秋两季集中免疫完成时间", LE, "日期", "2026年11月30日",
         "逾期完成不得分", None),
        ("成本指标", "经济成本指标", "生猪强制免疫补助标准", LE, "元/头", 1.2, "超标准不得分",
         None),
        (None, None, "疫苗采购成本", LE, "万元", 150, "超出不得分", None),
        ("效益指标", "社会效益指标", "重大动物疫情处置及时率", EQ, "%", pct(1), RULE, None),
        (None, None, "养殖户防疫知识知晓率", GE, "%", pct(0.85), RULE, None),
        (None, "可持续影响指标", "村级防疫员在岗率", GE, "%", pct(0.95), RULE, None),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", GE, "%", pct(0.9),
         "90%及以上得满分，每低1个百分点扣1分", None),
    ]))  # fmt: skip
    page_foot(s, "覃晓岚", "2026-01-08 10:21:36")
    return b


@variant("lv08-farmer-training-export", (4, 7, 11), "budget-system export with codes: ≤ on a "
         "正向 pass rate, a 完成率 of 110%, an amount in a row whose unit is 人")  # fmt: skip
def lv08() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标", WIDTHS)
    export_head(
        s, title="2026年项目支出绩效目标表", unit="[307015]杏垣县农业农村局",
        code="43112526R000087", name="杏垣县高素质农民培育", kind="专项业务类",
        years="1年", money=(96, 90, 6),
        goal="培育高素质农民1200人，其中产业发展带头人200人，培训合格率95%以上，学员对培训的"
        "满意度达到90%以上。",
    )  # fmt: skip
    s.row(*HEAD)
    s.table(coded([
        ("产出指标", "数量指标",
         mk("培育高素质农民人数", "T112", "error", row=True, alt=("T116",),
            note="35万元 in a row whose unit is 人"), GE, "人", "35万元", RULE, None),
        (None, None, "其中：产业发展带头人", GE, "人", 200, RULE, None),
        (None, None, "开展田间实训", GE, "场", 24, RULE, None),
        (None, "质量指标", "培训合格率", mk(LE, "T108", "warning", row=True,
                                            note="小于等于 on a 正向 pass rate"),
         "%", pct(0.95), RULE, None),
        (None, None, "培训计划完成率", GE, "%",
         mk(pct(1.1), "T106", "error", alt=("T116",), note="a 完成率 of 110%"), RULE, None),
        (None, "时效指标", "培训任务完成时间", LE, "日期", "2026年10月31日", "逾期不得分", None),
        ("成本指标", "经济成本指标", "人均培训补助标准", LE, "元/人", 750, "超标准不得分", None),
        ("效益指标", "经济效益指标", "参训农民人均增收", GE, "元", 1500, RULE, None),
        (None, "社会效益指标", "带动周边农户发展产业", GE, "户", 3000, RULE, None),
        (None, "可持续影响指标", "学员跟踪服务覆盖率", GE, "%", pct(0.8), RULE, None),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", GE, "%", pct(0.9), RULE, None),
    ]))  # fmt: skip
    page_foot(s, "龙启明", "2026-01-09 16:05:12")
    return b


@variant("lv13-market-regulator-department-export", (4, 7), "department table from the system: "
         "§3.2 head with tasks and 金额合计, indicators with 序号, tiers filled down, bare numbers "
         "with % in the unit column, a page foot")  # fmt: skip
def lv13() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标", (16, 16, 30, 14, 14, 12, 12))
    department_head(
        s, year=2026, dept="鹤汀区市场监督管理局",
        budget=[(amt(3860), amt(3620), amt(240), amt(2710), amt(1150))],
        tasks=[
            ("食品安全监督抽检", "委托检验机构开展食品安全监督抽检", amt(420), "抽检4200批次"),
            ("特种设备安全监管", "特种设备定期检验与隐患排查", amt(260), "检验2600台"),
            ("市场主体信用监管", "双随机一公开抽查、信用风险分类", amt(180), "抽查1800户"),
            ("知识产权保护", "商标专利执法、维权援助", amt(290), "查办案件60件"),
            ("金额合计", None, amt(1150), None),
        ],
        goal="守牢食品安全和特种设备安全底线，全区食品安全抽检合格率保持97%以上，不发生重大"
        "食品安全事故和特种设备安全事故，营商环境持续优化。",
        filled=None,
    )  # fmt: skip
    s.row("序号", "一级指标", "二级指标", "三级指标", "指标方向", "计量单位", "指标值")
    rows = [
        ("产出指标", "数量指标", "食品安全监督抽检批次", GE, "批次", 4200),
        ("产出指标", "数量指标", "特种设备定期检验数量", GE, "台", 2600),
        ("产出指标", "数量指标", "双随机抽查市场主体", GE, "户", 1800),
        ("产出指标", "数量指标", "查办知识产权案件", GE, "件", 60),
        ("产出指标", "质量指标", "不合格食品核查处置率", EQ, "%", 100),
        ("产出指标", "质量指标", "投诉举报按时办结率", GE, "%", 98),
        ("产出指标", "时效指标", "投诉举报受理时限", LE, "工作日", 7),
        ("产出指标", "时效指标", "抽检结果公示时限", LE, "工作日", 20),
        ("成本指标", "经济成本指标", "食品抽检批次平均成本", LE, "元/批次", 1000),
        ("效益指标", "社会效益指标", "食品安全抽检合格率", GE, "%", 97),
        ("效益指标", "社会效益指标", "特种设备万台死亡人数", LE, "人/万台", 0.15),
        ("效益指标", "可持续影响指标", "企业信用风险分类覆盖率", EQ, "%", 100),
        ("满意度指标", "服务对象满意度指标", "群众满意度", GE, "%", 90),
        ("满意度指标", "服务对象满意度指标", "市场主体满意度", GE, "%", 90),
    ]
    for i, r in enumerate(rows, start=1):
        s.row(i, *r)
    page_foot(s, "邹雨桐", "2026-01-15 09:47:03", "第 1 页，共 1 页")
    return b


HEAD16 = ("一级指标", "二级指标", "三级指标", "指标方向", "计量单位", "实施期指标值",
          "年度指标值", "评(扣)分标准")  # fmt: skip


@variant("lv16-digital-culture-export-two-values", (7, 8), "budget-system export of a three-year "
         "project with 实施期指标值 and 年度指标值, codes in front of names, "
         "page foot")  # fmt: skip
def lv16() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 16, 30, 11, 11, 12, 12, 26))
    export_head(
        s, title="2026年项目支出绩效目标表", unit="[402003]沅岭市文化广电和旅游局",
        code="43110026R000216", name="公共文化数字化服务提升项目（2026—2028年）",
        kind="其他运转类", years="3年", money=(620, 620, 0),
        goal="实施期目标：2026—2028年建设数字文化资源60TB，建成基层数字文化服务点150个，线上服务"
        "900万人次。年度目标：2026年建设数字资源20TB，建成服务点50个，线上服务260万人次。",
    )  # fmt: skip
    s.row("实施期资金总额", amt(1800), "其中：财政拨款", amt(1800), "其他资金", amt(0), None, None)
    s.row(*HEAD16)
    s.table(coded([
        ("产出指标", "数量指标", "数字文化资源建设量", GE, "TB", 60, 20, RULE),
        (None, None, "线上文化活动场次", GE, "场", 360, 120, RULE),
        (None, None, "建成基层数字文化服务点", GE, "个", 150, 50, RULE),
        (None, "质量指标", "数字资源验收合格率", EQ, "%", pct(1), pct(1), RULE),
        (None, None, "服务平台可用率", GE, "%", pct(0.99), pct(0.99), RULE),
        (None, "时效指标", "年度资源上线时间", LE, "日期", "2028年12月31日", "2026年12月31日",
         "逾期不得分"),
        ("成本指标", "经济成本指标", "数字资源单位建设成本", LE, "万元/TB", 8, 8, "超出不得分"),
        ("效益指标", "社会效益指标", "线上文化服务人次", GE, "万人次", 900, 260, RULE),
        (None, None, "基层服务点行政村覆盖率", GE, "%", pct(0.9), pct(0.35), RULE),
        (None, "可持续影响指标", "数字资源开放共享率", GE, "%", pct(0.95), pct(0.95), RULE),
        ("满意度指标", "服务对象满意度指标", "群众满意度", GE, "%", pct(0.9), pct(0.9), RULE),
    ]))  # fmt: skip
    page_foot(s, "施文博", "2026-01-10 14:30:55", "第 1 页，共 1 页")
    return b


@variant("lv18-sanitation-export-defects", (4, 7), "budget-system export with codes: no 效益指标 "
         "tier; a 日产日清率 given in 吨")  # fmt: skip
def lv18() -> Book:
    b = Book()
    s = b.sheet("部门项目支出绩效目标05-2", WIDTHS)
    export_head(
        s, title="2026年项目支出绩效目标表", unit="[309004]白岩区城市管理和综合执法局",
        code="43110326R000045", name="白岩区城区环卫作业市场化服务", kind="其他运转类",
        years="1年", money=(2680, 2680, 0),
        goal="城区380万平方米道路机械化清扫保洁，生活垃圾日产日清，公厕保洁达标，群众满意度90%以上。",
    )  # fmt: skip
    s.row(*HEAD)
    s.table(coded([
        ("产出指标", "数量指标", "道路清扫保洁面积", GE, "万平方米", 380, RULE, None),
        (None, None, "生活垃圾清运量", GE, "吨/日", 320, RULE, None),
        (None, None, "公厕保洁数量", GE, "座", 146, RULE, None),
        (None, "质量指标", "道路机械化清扫率", GE, "%", pct(0.9), RULE, None),
        (None, None, mk("生活垃圾日产日清率", "T105", "error", row=True,
                        note="a 日产日清率 given as 320吨"), GE, "吨", 320, RULE, None),
        (None, None, "公厕保洁考核达标率", GE, "%", pct(0.95), RULE, None),
        (None, "时效指标", "投诉问题处置时限", LE, "小时", 24, RULE, None),
        ("成本指标", "经济成本指标", "道路保洁单价", LE, "元/平方米·年", 4.0, "超出不得分", None),
        (None, None, "垃圾清运单价", LE, "元/吨", 80, "超出不得分", None),
        ("满意度指标", "服务对象满意度指标", "市民满意度", GE, "%", pct(0.9), RULE, None),
        (None, None, "沿街商户满意度", GE, "%", pct(0.85), RULE, None),
    ]))  # fmt: skip
    b.file_mark("F106", "error", note="the 效益指标 tier is missing")
    page_foot(s, "姚振华", "2026-01-07 11:12:40")
    return b
