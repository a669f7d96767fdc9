"""Trademark brands and geographical indications (商标品牌培育, 地理标志): returns sq13–sq18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout293.common import (
    YEAR,
    Row,
    book,
    caption,
    indicators,
    multi_year,
    one_year,
)
from tests.variants.holdout293.registry import variant
from tests.variants.kit import Book, Sheet, mk, money, pct

QIWU = "栖梧县农业农村局（207031）"
XIKOU = "汐口区市场监督管理局（知识产权局）"
YIHE = "沂禾县市场监督管理局"
SPLIT = ("年度资金总额", "其中：上级补助资金", "本级配套资金")


@variant("sq13-gi-two-years", (1, 8),
         "two-year project, NAT-2021, operator column, 中期 and 年度 value columns and a unit "
         "column, percent cells typed in Excel, annual counts below period counts, rates and "
         "unit costs equal in both columns (correct)")  # fmt: skip
def sq13() -> Book:
    b, s = book(widths=(14, 16, 30, 8, 14, 14, 10))
    project_head(s, year=YEAR, years=2, name="栖梧石斛地理标志产品保护与运用", dept=QIWU,
                 unit="栖梧县特色农产品发展中心", attr="新增项目",
                 money=multi_year((480, 440, 40), (260, 240, 20)),
                 goals=["两年内建成地理标志产品溯源示范基地，扩大专用标志使用，"
                        "带动农户增收。",
                        "当年核准一批用标企业，建设首批溯源示范基地，开展产品质量"
                        "抽检。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "地理标志专用标志核准使用企业", "≥", 40, 25, "家"),
        (None, None, "建设地理标志产品溯源示范基地", "≥", 4, 2, "个"),
        (None, "质量指标", "地理标志产品抽检合格率", "≥", pct(0.98), pct(0.98), "%"),
        (None, "时效指标", "建设任务完成时间", "≤", f"{YEAR + 1}年12月31日",
         f"{YEAR}年12月31日", None),
        ("成本指标", "经济成本指标", "单个溯源示范基地建设补助", "≤", 60, 60, "万元/个"),
        ("效益指标", "经济效益指标", "石斛产业年产值增长率", "≥", pct(0.12), pct(0.06), "%"),
        (None, "社会效益指标", "带动种植农户户均年增收", "≥", 2000, 2000, "元"),
        (None, "生态效益指标", "林下仿野生种植面积占比", "≥", pct(0.6), pct(0.55), "%"),
        ("满意度指标", "服务对象满意度指标", "用标企业满意度", "≥", pct(0.9), pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("sq14-brand-marked-labels", (5, 7),
         "transfer-payment project, OLD-NAT, tier labels with * and abbreviated (数量, "
         "成本, 社会效益), ★ core indicators, a 评价标准 column, 上级补助 + 本级配套 "
         "(correct)")  # fmt: skip
def sq14() -> Book:
    b, s = book(widths=(14, 12, 30, 16, 30))
    project_head(s, year=YEAR, name="商标品牌指导站建设（省级补助）", dept=XIKOU,
                 unit="汐口区商标品牌指导中心",
                 money=one_year(150, 100, 50, SPLIT),
                 goals=["新建商标品牌指导站，培育重点商标品牌，提升区域品牌影响力。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "评价标准"), [
        ("*产出指标", "数量", "★新建商标品牌指导站", "≥5个", "完成得满分，每少1个扣1分"),
        (None, None, "★培育重点商标品牌", "≥20件", "按完成比例得分"),
        (None, "质量", "指导站建设验收合格率", "≥95%", "达到得满分，未达到不得分"),
        (None, "时效", "指导站挂牌完成时间", f"{YEAR}年10月31日前", "按时完成得满分"),
        (None, "成本", "单个指导站建设补助", "≤20万元/个", "未超标准得满分"),
        ("*效益指标", "经济效益", "重点培育品牌企业营业收入增长率", "≥8%", "按完成比例得分"),
        (None, "社会效益", "★辖区有效注册商标增长率", "≥10%", "按完成比例得分"),
        (None, "可持续影响", "指导站常态化运行年限", "≥3年", "建立长效机制得满分"),
        ("*满意度指标", "服务对象满意度", "服务企业满意度", "≥90%", "每低1个百分点扣1分"),
    ])  # fmt: skip
    return b


@variant("sq15-brand-detail-lines", (12,),
         "project, OLD-NAT, one value column, a 资金测算明细 block under the table: the "
         "lines do not add up to their 合计, and a subsidy standard × count above the annual "
         "budget")  # fmt: skip
def sq15() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="区域商标品牌培育专项", dept=XIKOU,
                 unit="汐口区商标品牌指导中心", money=one_year(120, 100, 20),
                 goals=["培育区域品牌示范企业，开展商标品牌培训，推动企业规范使用"
                        "商标。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "培育区域品牌示范企业", "≥15家"),
        (None, None, "开展商标品牌培训", "≥4场"),
        (None, "质量指标", "示范企业商标规范使用率", "≥95%"),
        (None, "时效指标", "培育资金拨付周期", "≤40个工作日"),
        (None, "成本指标", "示范企业培育补助标准",
         mk("≤10万元/家", "B107", "warning", row=True,
            note="10 万元 × 15 家 = 150 万元，超过年度资金 120 万元")),
        ("效益指标", "社会效益指标", "示范企业新增注册商标", "≥60件"),
        (None, "可持续影响指标", "品牌培育库入库企业", "≥50家"),
        ("满意度指标", "服务对象满意度指标", "培育企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    caption(s, "资金测算明细（万元）")
    s.row("序号", "支出内容", "测算依据", "金额")
    s.table([
        (1, "示范企业培育补助", "按评审结果分档补助", money(80)),
        (2, "商标品牌培训", "按培训场次据实结算", money(12)),
        (3, "品牌宣传推广", "按宣传推广合同", money(18)),
        (4, "第三方评估", "按政府采购结果", money(6)),
        ("合计", None, None, mk(money(120), "B102", "error", alt=("B101",),
                                note="80 + 12 + 18 + 6 = 116，不是 120")),
    ])  # fmt: skip
    return b


def _duck(s: Sheet, header: list[Row]) -> None:
    for h in header:
        s.row(*h, merge=[(1, 3), (4, 5)] if h[0] == "绩效指标" else [])
    s.table([
        ("产出指标", "数量指标", "授权使用地理标志证明商标企业", "≥30", "家"),
        (None, None, "开展沂禾麻鸭品牌推介活动", "≥3", "场"),
        (None, "质量指标", "用标企业产品抽检合格率", "≥98", "%"),
        (None, "时效指标", "推介活动完成时间", f"{YEAR}年9月30日前", None),
        (None, "成本指标", "单场推介活动经费", "≤8", "万元/场"),
        ("效益指标", "经济效益指标", "麻鸭产品销售额增长率", "≥10", "%"),
        (None, "可持续影响指标", "用标企业动态监管覆盖率", "=100", "%"),
        ("满意度指标", "服务对象满意度指标", "受益企业满意度", "≥90", "%"),
    ], merged=(1, 2))  # fmt: skip


@variant("sq16-brand-stacked-two-row", (2, 7),
         "two projects stacked, OLD-NAT, two-row headers (绩效指标 / 绩效标准 over "
         "指标内容, 目标值（年度）, 计量单位), the same indicator name with different values "
         "(correct)")  # fmt: skip
def sq16() -> Book:
    b, s = book()
    header: list[Row] = [
        ("绩效指标", None, None, "绩效标准", None),
        ("一级指标", "二级指标", "指标内容", "目标值（年度）", "计量单位"),
    ]
    project_head(s, year=YEAR, name="沂禾麻鸭地理标志证明商标运用推广", dept=YIHE,
                 unit="沂禾县商标品牌指导站", money=one_year(60, 50, 10),
                 goals=["推动沂禾麻鸭地理标志证明商标规范使用，开展品牌推介，扩大"
                        "产品销售。"])  # fmt: skip
    _duck(s, header)
    s.skip()
    project_head(s, year=YEAR, name="商标品牌指导站运行维护", dept=YIHE,
                 unit="沂禾县商标品牌指导站", money=one_year(45, 45, 0), title="",
                 goals=["保障全县商标品牌指导站正常运行，为企业提供商标注册咨询"
                        "服务。"])  # fmt: skip
    for h in header:
        s.row(*h, merge=[(1, 3), (4, 5)] if h[0] == "绩效指标" else [])
    s.table([
        ("产出指标", "数量指标", "维护运行商标品牌指导站", "≥6", "个"),
        (None, None, "提供商标注册咨询服务", "≥500", "人次"),
        (None, "质量指标", "咨询服务办结率", "≥95", "%"),
        (None, "时效指标", "咨询答复时限", "≤3", "个工作日"),
        (None, "成本指标", "单个指导站年运行经费", "≤6", "万元/个"),
        ("效益指标", "社会效益指标", "辖区有效注册商标增长率", "≥8", "%"),
        (None, "可持续影响指标", "指导站持续运行年限", "≥3", "年"),
        ("满意度指标", "服务对象满意度指标", "受益企业满意度", "≥85", "%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("sq17-gi-points-zero", (9, 10),
         "project, NAT-2021, tier score column and indicator score column: the 成本 tier scores "
         "20 over indicators adding to 15, a unit cost rounded to ≤0万元")  # fmt: skip
def sq17() -> Book:
    b, s = book(widths=(14, 8, 16, 30, 18, 8))
    project_head(s, year=YEAR, name="楠阜白茶地理标志保护工程", dept="楠阜市农业农村局",
                 unit="楠阜市茶产业发展中心", money=one_year(180, 170, 10),
                 goals=["开展白茶地理标志产品质量抽检，推行溯源防伪标识，打击假冒"
                        "地理标志行为。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 40, "数量指标", "白茶地理标志产品质量抽检", "≥120批次", 15),
        (None, None, None, "发放溯源防伪标识", "≥200万枚", 10),
        (None, None, "质量指标", "抽检产品合格率", "≥98%", 10),
        (None, None, "时效指标", "抽检结果出具时限", "≤15个工作日", 5),
        ("成本指标", mk(20, "W103", "error", note="其下指标分值 10 + 5 = 15"), "经济成本指标",
         "单批次产品质量检测费用",
         mk("≤0万元/批次", "T115", "error", note="单价按万元四舍五入成了 0"), 10),
        (None, None, None, "溯源防伪标识单价", "≤0.15元/枚", 5),
        ("效益指标", 30, "经济效益指标", "白茶地理标志产品溢价率", "≥15%", 15),
        (None, None, "社会效益指标", "地理标志侵权投诉办结率", "≥95%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "茶企及茶农满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="分值合计 95：与 W103 同一问题")
    return b


def _export_budget(b: Book) -> None:
    s = b.sheet("部门项目支出预算05-1", (10, 18, 20, 24, 20, 12))
    caption(s, f"栖梧县{YEAR}年部门项目支出预算表")
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "经济分类科目", "金额")
    code = ("207031", "栖梧县农业农村局", "52072626T000000017", "地理标志农产品品牌推广")
    s.row(*code, "30227-委托业务费", money(32))
    s.row(*code, "30202-印刷费",
          mk(money(85000), "B110", "error", note="应为 8.5 万元：元填进了万元列"))  # fmt: skip
    s.row(*code, "30218-专用材料费", money(14))
    s.row(*code, "30211-差旅费", money(6))
    s.row("合计", None, None, None, None, money(60.5))


@variant("sq18-gi-budget-export", (7, 9, 12),
         "budget-system export: budget on 「部门项目支出预算05-1」, goals on "
         "「部门项目支出绩效目标05-2」 with the header on the third row and codes in the first "
         "columns; one line typed in 元, a satisfaction target written =95%")  # fmt: skip
def sq18() -> Book:
    b = Book()
    _export_budget(b)
    b.file_mark("B102", "error", required=False, note="85000 元那一行使明细对不上合计")
    b.file_mark("B101", "error", required=False, note="同一问题：合计 60.5 不等于各行之和")
    s = b.sheet("部门项目支出绩效目标05-2", (10, 20, 20, 30, 14, 16, 30, 8, 10, 10))
    caption(s, f"栖梧县{YEAR}年部门项目支出绩效目标表", 10)
    s.row("单位：栖梧县农业农村局")
    s.row("单位编码", "项目编码", "项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标",
          "指标性质", "指标值", "度量单位")  # fmt: skip
    head = ("207031", "52072626T000000017", "地理标志农产品品牌推广",
            "开展地理标志农产品推介，带动合作社参与品牌推广，提高线上销售额。")  # fmt: skip
    rows: list[Row] = [
        (*head, "产出指标", "数量指标", "开展地理标志农产品推介活动", "≥", 4, "场"),
        (None, None, None, None, None, None, "制作品牌宣传资料", "≥", 2, "万份"),
        (None, None, None, None, None, "质量指标", "推介活动签约意向达成率", "≥", pct(0.6), "%"),
        (None, None, None, None, None, "时效指标", "推广任务完成时间", "≤",
         f"{YEAR}年11月30日", None),
        (None, None, None, None, "成本指标", "经济成本指标", "单场推介活动成本", "≤", 8, "万元/场"),
        (None, None, None, None, "效益指标", "经济效益指标", "地理标志农产品线上销售额增长率", "≥",
         pct(0.15), "%"),
        (None, None, None, None, None, "社会效益指标", "带动合作社参与品牌推广", "≥", 25, "家"),
        (None, None, None, None, "满意度指标", "服务对象满意度指标", "参展经营主体满意度",
         mk("=", "T107", "warning", row=True, note="满意度写成恰好等于 95%"), pct(0.95), "%"),
    ]  # fmt: skip
    s.table(rows, merged=(1, 2, 3, 4, 5, 6))
    return b
