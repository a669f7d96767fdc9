"""Department tables (部门整体支出绩效目标表) from county bureaus and a township: budgets with
基本支出 + 项目支出 and their shares, key tasks with a 金额合计, footnotes and signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout5.common import AMT, SHARE, budget_with_shares, notes, signature
from tests.variants.holdout5.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, money, pct

W = (16, 18, 30, 12, 14, 14)
IND = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


def _top(s: Sheet, title: str, dept: str, code: str) -> None:
    s.title(title, 6)
    s.row("部门（单位）名称", dept, None, "部门编码", code, None, merge=[(2, 3), (5, 6)])


def _tasks(s: Sheet, tasks: Sequence[Sequence[Any]]) -> None:
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标", None,
          merge=[(5, 6)])  # fmt: skip
    top = s.r
    for t in tasks:
        s.row(None, *t, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def _indicators(s: Sheet) -> None:
    """The indicator table shared by g08 and g09 (both correct there)."""
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.row(*IND)
    s.table([
        ("产出指标", "数量指标", "家庭医生签约服务人数", "≥", 12.6, "万人"),
        (None, None, "适龄儿童免疫规划疫苗接种率", "≥", pct(0.95), "%"),
        (None, "质量指标", "基层医疗机构院内感染发生率", "≤", pct(0.01), "%"),
        (None, "时效指标", "突发公共卫生事件处置及时率", "=", pct(1.0), "%"),
        ("成本指标", "经济成本指标", "家庭医生签约服务人均补助", "≤", 20, "元/人"),
        ("效益指标", "社会效益指标", "孕产妇死亡率", "≤", 12, "/10万"),
        (None, None, "婴儿死亡率", "≤", 5, "‰"),
        (None, "可持续影响指标", "基层卫生服务体系", "定性", "不断健全", None),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip


@variant(
    "g08-department-shares-ok",
    (12, 1),
    "department, NAT-2021: a budget block with 占比 "
    "(percent cells), 基本支出 + 项目支出, tasks adding to 项目支出, operator and unit "
    "columns, rates per 10万 and in ‰",
)
def g08() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("部门整体", W)
    _top(s, "梧川县卫生健康局2026年度部门整体支出绩效目标表", "梧川县卫生健康局", "412001")
    budget_with_shares(s, [
        ("资金总额", money(3560.00, AMT), pct(1.0, SHARE)),
        ("其中：财政拨款", money(3180.00, AMT), pct(0.8933, SHARE)),
        ("其他资金", money(380.00, AMT), pct(0.1067, SHARE), "医疗服务收入"),
        ("按用途：基本支出", money(2136.00, AMT), pct(0.60, SHARE)),
        ("项目支出", money(1424.00, AMT), pct(0.40, SHARE)),
    ])  # fmt: skip
    _tasks(s, [
        ("基本公共卫生服务", "14类基本公共卫生服务", money(620.00, AMT), "重点人群规范管理"),
        ("家庭医生签约服务", "签约服务补助和考核", money(260.00, AMT), "签约12.6万人"),
        ("重大疾病防控", "传染病、慢性病防控和免疫规划", money(310.00, AMT), "疫情平稳"),
        ("卫生监督执法", "医疗机构和公共场所监督", money(234.00, AMT), "监督全覆盖"),
        ("金额合计", None, money(1424.00, AMT), None),
    ])  # fmt: skip
    s.row("年度总体目标", "落实基本公共卫生服务和家庭医生签约服务，做好重大疾病防控和卫生监督执法，"
          "孕产妇和婴儿死亡率控制在省定目标以内。", merge=[(2, 6)])  # fmt: skip
    _indicators(s)
    signature(s, filler="曾丽娟", checker="刘国栋", phone="0739-5218806",
              filled=day(2025, 11, 19, CN_DATE))  # fmt: skip
    return b


@variant(
    "g09-department-money-wrong",
    (12,),
    "department, NAT-2021, same layout as g08: "
    "基本支出 + 项目支出 ≠ 资金总额, a share that does not match its amount, tasks not adding "
    "to 金额合计",
)
def g09() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("部门整体", W)
    _top(s, "梧川县柳溪乡人民政府2026年度部门整体支出绩效目标表", "梧川县柳溪乡人民政府",
         "431026")  # fmt: skip
    budget_with_shares(s, [
        ("资金总额", mk(money(846.20, AMT), "B101", "error",
                        note="基本支出 586.20 + 项目支出 250.00 = 836.20"), pct(1.0, SHARE)),
        ("其中：财政拨款", money(786.20, AMT),
         mk(pct(0.95, SHARE), "B111", "error", note="786.20 / 846.20 = 92.91%")),
        ("其他资金", money(60.00, AMT), pct(0.0709, SHARE)),
        ("按用途：基本支出", money(586.20, AMT), pct(0.6927, SHARE)),
        ("项目支出", money(250.00, AMT), pct(0.2954, SHARE)),
    ])  # fmt: skip
    _tasks(s, [
        ("乡村公益性岗位", "保洁、护路、护林岗位补贴", money(90.00, AMT), "安置岗位120个"),
        ("村级组织运转保障", "村干部报酬和办公经费", money(70.00, AMT), "9个村正常运转"),
        ("人居环境整治", "垃圾收运和河塘清淤", money(50.00, AMT), "村庄整洁"),
        ("防汛抗旱", "物资储备和巡查", money(30.00, AMT), "安全度汛"),
        ("金额合计", None, mk(money(250.00, AMT), "B102", "error", note="90+70+50+30 = 240"),
         None),
    ])  # fmt: skip
    s.row("年度总体目标", "保障乡机关和村级组织正常运转，完成人居环境整治和防汛抗旱任务。",
          merge=[(2, 6)])  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.row(*IND)
    s.table([
        ("产出指标", "数量指标", "开发乡村公益性岗位", "≥", 120, "个"),
        (None, None, "清淤河塘", "≥", 36, "口"),
        (None, "质量指标", "村级财务公开合格率", "=", pct(1.0), "%"),
        (None, "时效指标", "公益性岗位补贴按月发放率", "=", pct(1.0), "%"),
        ("成本指标", "经济成本指标", "公益性岗位人均补贴", "≤", 7500, "元/人·年"),
        ("效益指标", "社会效益指标", "脱贫人口稳定就业", "≥", 120, "人"),
        (None, "生态效益指标", "村庄环境卫生", "定性", "明显改善", None),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, filler="向春梅", checker="田少华", phone="0739-5287150",
              filled=day(2025, 11, 24, CN_DATE))  # fmt: skip
    return b


@variant(
    "g17-footnotes-library-ok",
    (4, 5),
    "department, NAT-2021, weight column, tier labels "
    "marked with *, header repeated after a page break, a 合计 row, 注 and 填报说明 lines, "
    "signature line",
)
def g17() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 16, 10, 16))
    department_head(
        s, year=2026, dept="梧川县图书馆",
        budget=[(268.60, 258.60, 10.00, 198.60, 70.00)],
        tasks=[
            ("全民阅读推广", "公益讲座、展览、阅读推广活动", 30.00, "举办活动48场以上"),
            ("馆藏资源建设", "纸质图书和期刊采购", 28.00, "新增馆藏8000册"),
            ("数字图书馆运维", "数字资源平台维护", 12.00, "平台稳定运行"),
            ("金额合计", None, 70.00, None),
        ],
        goal="保障免费开放，丰富馆藏资源，开展全民阅读活动，提高公共文化服务效能。",
        filled=day(2025, 11, 20, CN_DATE),
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重", "备注")
    s.row(*head)
    s.table([
        ("*产出指标", "数量指标", "免费开放天数", "≥300天", 10, None),
        (None, None, "举办公益展览讲座", "≥48场", 10, None),
        (None, None, "新增馆藏图书", "≥8000册", 10, None),
        (None, "质量指标", "图书编目差错率", "≤0.5%", 10, None),
        (None, "时效指标", "新书上架周期", "≤30个工作日", 10, "到馆后"),
    ], merged=(1, 2))  # fmt: skip
    s.row(*head)  # the header repeated at the top of the second printed page
    s.table([
        ("*成本指标", "经济成本指标", "单场讲座平均成本", "≤3000元/场", 10, None),
        ("*效益指标", "社会效益指标", "年接待读者", "≥15万人次", 10, None),
        (None, None, "全民阅读氛围", "逐步改善", 10, None),
        (None, "可持续影响指标", "数字资源服务平台", "稳定运行", 10, None),
        ("*满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", 10, "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, 100, None, merge=[(1, 4)])
    notes(s, [
        "注：1.带*的一级指标为必填项；2.权重合计应为100；3.指标值应包含比较符、数值和计量单位。",
        "填报说明：本表由部门（单位）填报，经主管部门审核后报县财政局预算绩效管理股。",
    ])  # fmt: skip
    signature(s, filler="孙雨桐", checker="黄启明", phone="0739-5245671",
              filled=day(2025, 11, 20, CN_DATE))  # fmt: skip
    return b
