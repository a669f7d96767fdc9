"""City bureaus' 部门整体 returns (澄岭市, invented): 发改委, 财政局, 人社局, 自然资源局, 文旅局,
市场监管局 (ku01–ku06)."""

from __future__ import annotations

from tests.variants.holdout89.common import (
    budget_line,
    budget_rows,
    duty,
    footer,
    goals,
    head,
    tasks,
)
from tests.variants.holdout89.registry import variant
from tests.variants.kit import WAN, Book, C, mk, money, ok, pct

DEPT = "2027年度部门整体支出绩效目标表"
GE = '"≥"0%'


@variant("ku01-fgw-duty-framework", (12, 5),
         "发改委 部门整体, budget by kind and source with shares, tasks = 项目支出, 职责履行 · "
         "履职效能 · 管理效率, 比较符 and unit columns, percent cells; correct")  # fmt: skip
def ku01() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 10, 14, 14))
    head(s, title=DEPT, width=6, dept="澄岭市发展和改革委员会", code="104001",
         contact="刘启明 0739-6120418")  # fmt: skip
    budget_rows(s, total=3860, basic=2316, project=1544, fiscal=3667, other=193)
    duty(s, "拟订并组织实施全市国民经济和社会发展规划，统筹重大项目前期工作，负责价格监测、成本"
            "调查、市级储备粮管理和社会信用体系建设。")  # fmt: skip
    tasks(s, [("重大项目前期工作", "开展重大项目谋划、前期研究和论证评估", 620,
               "完成前期研究不少于12项"),
              ("价格监测与成本调查", "重要民生商品价格监测、定价成本调查", 286,
               "发布价格监测报告52期"),
              ("粮食和物资储备管理", "市级储备粮轮换"
                                     "、保管及质量检测", 458, "储备粮数量真实、质量良好"),
              ("社会信用体系建设", "信用信息归集共享、信用修复受理", 180, "信用信息归集及时准确")],
          1544)  # fmt: skip
    goals(s, "一是统筹推进重大项目前期工作，完成项目前期研究不少于12项；二是开展重要民生商品价格"
             "监测，全年发布监测报告52期；三是落实市级储备粮轮换计划，确保储备粮数量真实、质量良"
             "好；"
             "四是推进社会信用体系建设，信用信息归集及时准确。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("职责履行", "重点工作履行情况", "重大项目前期研究完成数", "≥", 12, "项"),
        (None, None, "重要民生商品价格监测报告发布期数", "≥", 52, "期"),
        (None, None, "定价成本调查项目数", "≥", 6, "项"),
        (None, None, "信用修复申请办理时限", "≤", 5, "个工作日"),
        (None, None, "市级储备粮轮换计划完成率", "≥", pct(0.95), "%"),
        (None, None, "储备粮质量达标率", "≥", pct(0.98), "%"),
        (None, None, "信用信息归集及时率", "≥", pct(0.95), "%"),
        ("履职效能", "经济效益", "前期成果转化为新开工项目数", "≥", 5, "个"),
        (None, "社会效益", "居民消费价格涨幅", "≤", pct(0.03), "%"),
        (None, "可持续影响", "市级储备成品粮可保障天数", "≥", 10, "天"),
        (None, "服务对象满意度", "项目单位满意度", "≥", pct(0.9), "%"),
        (None, None, "信用修复申请人满意度", "≥", pct(0.9), "%"),
        ("管理效率", "预算执行", "预算执行率", "≥", pct(0.95), "%"),
        (None, "预算管理", "“三公”经费支出", "≤", 18.5, "万元"),
        (None, "资产管理", "固定资产账实相符率", "≥", pct(0.98), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "刘启明", "0739-6120418", "周文博")
    return b


@variant("ku02-czj-basic-project-off", (12, 1),
         "财政局 部门整体, budget on one line without shares, tasks = 项目支出, 产出 · 效益 · 满"
         "意度 "
         "with 分值; 基本支出 + 项目支出 ≠ 资金总额, a 覆盖率 given as a count")  # fmt: skip
def ku02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 32, 16, 12, 14))
    head(s, title=DEPT, width=6, dept="澄岭市财政局", code="106001", contact="许嘉 0739-6120733")
    budget_line(s, total=mk(money(5240), "B101", "error", row=True,
                            note="3126 + 2104 = 5230, not 5240"),
                fiscal=5040, other=200, basic=3126, project=2104, with_shares=False)  # fmt: skip
    tasks(s, [("预算绩效管理", "绩效目标审核、重点项目绩效评价", 386, "绩效目标审核全覆盖"),
              ("政府采购监管", "政府采购项目监督检查、投诉处理", 212, "监督检查不少于40项"),
              ("国库集中支付运行", "国库集中支付系统运维、电子化改革", 658, "支付安全高效"),
              ("财政投资评审", "政府投资项"
                               "目预结算评审", 848, "评审项目不少于120个")], 2104)  # fmt: skip
    goals(s, "一是完成市级部门预算绩效目标审核全覆盖；二是完成政府投资项目评审不少于120个；"
             "三是开展政府采购项目监督检查不少于40项；四是推进财政票据电子化改革。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("产出指标", "数量指标", "市级部门预算绩效目标审核覆盖率", "≥98%", 8),
        (None, None, "财政投资评审项目数", "≥120个", 8),
        (None, None, "政府采购项目监督检查数", "≥40项", 6),
        (None, None, "财政票据电子化覆盖率", mk("28家", "T105", "error"), 6),
        (None, "质量指标", "国库集中支付差错率", "≤0.5%", 6),
        (None, None, "重点项目绩效评价报告合格率", "≥95%", 6),
        (None, "时效指标", "直达资金分配下达时限", "≤30日", 5),
        (None, None, "国库支付申请办理时限", "≤2个工作日", 5),
        ("效益指标", "经济效益指标", "一般公共预算收入增长率", "≥3%", 8),
        (None, "社会效益指标", "民生支出占一般公共预算支出比重", "≥75%", 8),
        (None, None, "部门预决算公开覆盖率", "≥98%", 7),
        (None, "可持续影响指标", "预算绩效管理制度健全性", "健全", 7),
        ("满意度指标", "服务对象满意度指标", "预算单位满意度", "≥90%", 10),
        (None, None, "政府采购供应商满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, 100)
    footer(s, "许嘉", "0739-6120733", "钱立群")
    return b


@variant("ku03-rsj-operator-words-weights", (3, 12),
         "人社局 部门整体, budget block in 万元 number formats with shares, 指标性质 as operator "
         "words, unit and 权重 columns, tiers filled down; correct")  # fmt: skip
def ku03() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (14, 16, 30, 12, 12, 10, 10))
    head(s, title=DEPT, width=7, dept="澄岭市人力资源和社会保障局", code="118001",
         contact="唐雪 0739-6121906")  # fmt: skip
    budget_rows(s, total=12480, basic=4992, project=7488, fiscal=11856, other=624, fmt=WAN,
                label="部门预算")  # fmt: skip
    goals(s, "一是城镇新增就业9000人以上；二是开展补贴性职业技能培训12000人次；三是城乡居民基本"
             "养老保险参保人数稳定在42万人以上；四是劳动保障监察案件按期结案，维护劳动者合法权益。",
          width=7)  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "权重（%）")
    out, qty, qual, tim = "产出指标", "数量指标", "质量指标", "时效指标"
    eff, soc, eco, sus = "效益指标", "社会效益指标", "经济效益指标", "可持续影响指标"
    sat, obj = "满意度指标", "服务对象满意度指标"
    s.table([
        (out, qty, "城镇新增就业人数", "大于等于", 9000, "人", 10),
        (out, qty, "补贴性职业技能培训人次", "大于等于", 12000, "人次", 10),
        (out, qty, "城乡居民基本养老保险参保人数", "大于等于", 42, "万人", 8),
        (out, qual, "职业技能培训合格率", "大于等于", pct(0.9), "%", 8),
        (out, qual, "社会保障卡持卡人口覆盖率", "大于等于", pct(0.98), "%", 7),
        (out, tim, "劳动保障监察案件按期结案率", "大于等于", pct(0.95), "%", 7),
        (out, tim, "就业补贴审核发放时限", "小于等于", 20, "个工作日", 5),
        (eff, soc, "城镇调查失业率", "小于等于", pct(0.055, "0.0%"), "%", 8),
        (eff, soc, "零就业家庭动态清零率", "等于", pct(1), "%", 7),
        (eff, eco, "创业担保贷款发放额", "大于等于", 12000, "万元", 7),
        (eff, sus, "养老金按时足额发放率", "等于", pct(1), "%", 8),
        (sat, obj, "参训学员满意度", "大于等于", pct(0.9), "%", 8),
        (sat, obj, "办事群众满意度", "大于等于", pct(0.9), "%", 7),
    ])  # fmt: skip
    footer(s, "唐雪", "0739-6121906", "邓国华")
    return b


@variant("ku04-zrzy-share-wrong-parent", (12, 5),
         "自然资源局 部门整体, budget by kind and source with shares, operator inside the value a"
         "nd "
         "a unit column; a share that disagree"
         "s with its amount, 社会效益指标 under 产出指标")  # fmt: skip
def ku04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 32, 12, 10, 14))
    head(s, title=DEPT, width=6, dept="澄岭市自然资源和规划局", code="121001",
         contact="梁敏 0739-6123350")  # fmt: skip
    budget_rows(s, total=6750, basic=2700, project=4050, fiscal=6480, other=270,
                shares={"project": mk(pct(0.65, "0.00%"), "B111", "error",
                                      note="4050 ÷ 6750 = 60.00%")})  # fmt: skip
    goals(s, "一是完成国土空间总体规划及详细规划成果审查8个；二是开展耕地保护动态巡查，核查图斑"
             "1200个以上；三是落实地质灾害隐患点汛期"
             "巡查；四是盘活存量建设用地1500亩以上。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table([
        ("产出指标", "数量指标", "国土空间规划成果审查数", "≥8", "个", None),
        (None, None, "耕地保护动态巡查图斑核查数", "≥1200", "个", None),
        (None, None, "地质灾害隐患点汛期巡查数", "≥146", "处", "每处汛期不少于3次"),
        (None, "质量指标", "测绘成果质量合格率", "≥98", "%", None),
        (None, None, "自然资源执法案件办理合规率", "≥95", "%", None),
        (None, "时效指标", "违法用地问题按期整改率", "≥90", "%", None),
        (None, None, "建设项目用地预审办理时限", "≤10", "个工作日", None),
        (None, mk("社会效益指标", "F105", "error", row=True), "群众地质灾害防治知识知晓率",
         "≥85", "%", None),
        ("效益指标", "经济效益指标",
         ok("盘活存量建设用地面积", note="an area count under 经济效益: C6 flags counts"),
         "≥1500", "亩", None),
        (None, "生态效益指标", "耕地保有量", "≥38.6", "万亩", "不低于上级下达任务"),
        (None, None, "新增矿山生态修复面积", "≥320", "亩", None),
        (None, "可持续影响指标", "国土空间基础信息平台数据更新次数", "≥4", "次", None),
        ("满意度指标", "服务对象满意度指标", "用地单位满意度", "≥90", "%", None),
        (None, None, "群众满意度", "≥90", "%", None),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "梁敏", "0739-6123350", "曹振宇")
    return b


@variant("ku05-wlj-period-annual", (8, 12),
         "文旅局 部门整体, budget on one line with a shares line, 实施周期 (2027—2029) and 年度 "
         "columns, 职责履行 · 履职效能 · 管理效率, percen"
         "t cells formatted to show ≥; correct")  # fmt: skip
def ku05() -> Book:
    b = Book()
    s = b.sheet("部门整体支出", (16, 18, 30, 16, 16, 12))
    head(s, title=DEPT, width=6, dept="澄岭市文化广电旅游局", code="131001",
         contact="沈一帆 0739-6125512")  # fmt: skip
    s.row("实施周期", "2027年—2029年", None, "本年度", "2027年", None, merge=[(2, 3), (5, 6)])
    budget_line(s, total=4200, fiscal=3780, other=420, basic=1470, project=2730)
    goals(s, "一是开展惠民文艺演出120场；二是公共图书馆新增藏书3万册；三是加强文物保护单位安全"
             "巡查和文化市场执法检查；四是推动文旅融"
             "合发展，全年接待游客800万人次以上。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值")
    ge = lambda v: C(v, GE)  # noqa: E731
    s.table([
        ("职责履行", "重点工作履行情况", "惠民文艺演出场次", "≥360场", "≥120场"),
        (None, None, "公共图书馆新增藏书", "≥9万册", "≥3万册"),
        (None, None, "文物保护单位安全巡查次数", "≥144次", "≥48次"),
        (None, None, "非遗保护传承活动场次", "≥60场", "≥20场"),
        (None, None, "文化市场执法检查覆盖率", ge(0.95), ge(0.95)),
        ("履职效能", "经济效益", "接待游客人次", "≥2400万人次", "≥800万人次"),
        (None, None, "旅游总收入增长率", ge(0.08), ge(0.08)),
        (None, "社会效益", "群众文化活动参与人次", "≥150万人次", "≥50万人次"),
        (None, "可持续影响", "乡镇综合文化站达标率", ge(0.9), ge(0.9)),
        (None, "服务对象满意度", "游客满意度", ge(0.9), ge(0.9)),
        (None, None, "群众文化活动参与者满意度", ge(0.9), ge(0.9)),
        ("管理效率", "预算执行", "预算执行率", ge(0.95), ge(0.95)),
        (None, "资产管理", "馆藏文物账物相符率", ge(0.98), ge(0.98)),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "沈一帆", "0739-6125512", "韩素梅")
    return b


@variant("ku06-scjg-points-duplicate", (3, 12),
         "市场监管局 部门整体, budget by kind and source with shares, 比较符 in words, unit and "
         "分值 columns; 分值 add to 95, one indicator pasted twice")  # fmt: skip
def ku06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 12, 12, 10, 8))
    head(s, title=DEPT, width=7, dept="澄岭市市场监督管理局", code="135001",
         contact="魏晨 0739-6126027")  # fmt: skip
    budget_rows(s, total=8600, basic=5160, project=3440, fiscal=8170, other=430)
    goals(s, "一是完成食品安全监督抽检4200批次；二是完成特种设备定期检验6800台；三是开展"
             "“双随机、一公开”抽查企业1500户；四是优化营商环境，企业开办1个工作日内办结。",
          width=7)  # fmt: skip
    b.file_mark("W101", "error", note="50 + 35 + 10 = 95, not 100")
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "分值")
    s.table([
        ("产出指标", "数量指标", "食品安全监督抽检批次", "大于等于", 4200, "批次", 8),
        (None, None, "特种设备定期检验台数", "大于等于", 6800, "台", 8),
        (None, None, "“双随机、一公开”抽查企业户数", "大于等于", 1500, "户", 7),
        (None, "质量指标", "抽检不合格产品核查处置率", "等于", 100, "%", 8),
        (None, None, "计量器具强制检定覆盖率", "大于等于", 95, "%", 7),
        (None, "时效指标", "投诉举报按时办结率", "大于等于", 98, "%", 6),
        (None, None, "企业开办办理时限", "小于等于", 1, "个工作日", 6),
        ("效益指标", "社会效益指标", "食品评价性抽检合格率", "大于等于", 98, "%", 8),
        (None, "经济效益指标", "为消费者挽回经济损失", "大于等于", 300, "万元", 7),
        (None, None, "新登记市场主体户数", "大于等于", 1.2, "万户", 7),
        (None, "可持续影响指标", "食品生产企业风险分级管理覆盖率", "大于等于", 95, "%", 8),
        (None, None, mk("食品评价性抽检合格率", "D101", "warning", alt=("D103",)),
         "大于等于", 98, "%", 5),
        ("满意度指标", "服务对象满意度指标", "企业满意度", "大于等于", 90, "%", 5),
        (None, None, "消费者满意度", "大于等于", 90, "%", 5),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "魏晨", "0739-6126027", "孔德胜")
    return b
