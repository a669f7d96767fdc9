"""退役军人事务局 returns: 优抚对象抚恤补助, 服务站建设, 适应性培训, 烈士纪念设施保护."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout39.common import header, money_lines, signatures, two_line_header
from tests.variants.holdout39.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

NUM = "#,##0.00"


@variant("iw06-allowance-ok", (7, 11, 12), "project, OLD-NAT (成本 under 产出), a two-line "
         "header with 比较符 · 数值 · 计量单位 under 指标值 and a 指标方向 column, allowance per "
         "person per month × persons × 12 within the money")  # fmt: skip
def allowance_ok() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 12, 12, 12))
    project_head(
        s, year=2025, name="重点优抚对象定期抚恤补助", dept="石漱县退役军人事务局",
        unit="石漱县退役军人事务局", attr="常年项目",
        money=[("资金总额", money(2700, WAN), "其中：财政拨款", money(2700, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["按月足额发放1850名重点优抚对象定期抚恤补助和260名带病回乡退伍军人生活补助，"
               "优抚对象生活水平稳步提高。"],
    )  # fmt: skip
    two_line_header(
        s, ("一级指标", "二级指标", "三级指标", "指标值", None, None, "指标方向"),
        (None, None, None, "比较符", "数值", "计量单位", None), spans=[(4, 6)],
    )  # fmt: skip
    s.table(
        [
            ("产出指标", "数量指标", "享受定期抚恤补助优抚对象", "≥", 1850, "人", "正向"),
            (None, None, "带病回乡退伍军人生活补助对象", "≥", 260, "人", "正向"),
            (None, "质量指标", "抚恤补助对象认定准确率", "=", 100, "%", "正向"),
            (None, "时效指标", "抚恤补助发放时间", "定性", "次月10日前发放到位", None, "定性"),
            (None, "成本指标", "人均月抚恤补助标准", "≤", 1000, "元/人·月", "反向"),
            ("效益指标", "社会效益指标", "优抚对象生活水平", "定性", "稳步提高", None, "定性"),
            (None, "可持续影响指标", "抚恤补助标准自然增长机制", "定性", "健全", None, "定性"),
            ("满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥", 95, "%", "正向"),
        ],
        merged=(1, 2),
    )
    s.row("填表说明：比较符填≥、≤、=或定性；定性指标在数值栏填写预期达到的程度。",
          merge=[(1, 7)])  # fmt: skip
    signatures(s, "胡婷", "杨卫民", "0744-3321078", "2024年11月8日")
    return b


@variant("iw07-service-station", (5, 11), "project, NAT-2021, numbered tier labels with points: "
         "the satisfaction tier-2 tucked under 效益指标 (no 满意度 tier-1), a threshold `≥≤90%`, a "
         "投诉率 with ≥")  # fmt: skip
def service_station() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="村（社区）退役军人服务站规范化建设", dept="澄阳市退役军人事务局",
        unit="澄阳市退役军人服务中心", attr="新增项目",
        money=[("资金总额", money(120, WAN), "其中：财政拨款", money(100, WAN)),
               ("其他资金", money(20, WAN), None, None)],
        goals=["新建规范化退役军人服务站28个，走访慰问退役军人3200人次，服务保障体系逐步健全。"],
    )  # fmt: skip
    b.file_mark("F106", "error", required=False, note="a consequence of the misplaced tier-2")
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("一、产出指标（50分）", "1.数量指标", "新建规范化退役军人服务站", "≥28个", None),
            (None, None, "走访慰问退役军人", "≥3200人次", None),
            (None, "2.质量指标", "服务站“五有”建设达标率",
             mk("≥≤90%", "T116", "warning", note="two operators"), None),
            (None, "3.时效指标", "服务站建设完成时间", "2025年10月31日前", None),
            ("二、成本指标（10分）", "1.经济成本指标", "单个服务站建设补助", "≤3万元/个", None),
            ("三、效益指标（40分）", "1.社会效益指标", "退役军人诉求办结率", "≥95%", None),
            (None, None, "群众投诉率", mk("≥5%", "T108", "warning", row=True), None),
            (None, "2.可持续影响指标", "退役军人服务保障体系", "逐步健全", None),
            (None, mk("3.服务对象满意度指标", "F105", "error", row=True,
                      note="a tier-2 of 满意度指标 under 效益指标"),
             "退役军人满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    signatures(s, "韦丽", "莫振华", "0745-2260413", "2024年11月20日")
    return b


@variant("iw08-training-ok", (4, 5, 12), "project, NAT-2021, head and table from column C, "
         "labels marked ★ and *, a 指标值设定依据 column, the header repeated after a page break, "
         "资金明细 lines, 注 lines and signatures")  # fmt: skip
def training_ok() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表", (3, 3, 14, 16, 28, 18, 16, 16))
    c = 3
    s.row("2025年度项目支出绩效目标表", merge=[(3, 8)], col=c)
    s.row("项目名称", "退役军人适应性培训及就业创业扶持", None, "主管部门", "枫湄区退役军人事务局",
          None, merge=[(4, 5), (7, 8)], col=c)  # fmt: skip
    s.row("实施单位", "枫湄区退役军人服务中心", None, "项目属性", "延续项目", None,
          merge=[(4, 5), (7, 8)], col=c)  # fmt: skip
    s.row("项目期", "1年", "计划开始日期", day(2025, 3, 1), "计划完成日期", day(2025, 12, 31),
          col=c)  # fmt: skip
    s.row("项目资金（万元）", "资金总额", money(186.4, NUM), "其中：财政拨款", money(160, NUM),
          None, col=c)  # fmt: skip
    s.row(None, "其他资金", money(26.4, NUM), None, None, None, col=c)
    s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.row("年度绩效目标", "完成420名退役军人适应性培训，举办专场招聘会6场，扶持40名退役军人自主"
          "创业，培训后就业率达到80%以上。", merge=[(4, 8)], col=c)  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
    header(s, *head, col=c)
    s.table(
        [
            ("★产出指标", "*数量指标", "适应性培训人数", "≥420人", "计划标准"),
            (None, None, "举办退役军人专场招聘会", "≥6场", "计划标准"),
            (None, "*质量指标", "培训考核合格率", pct(0.95), "历史标准"),
            (None, "*时效指标", "培训任务完成时间", "2025年11月30日前", "计划标准"),
        ],
        merged=(1, 2), col=c,
    )  # fmt: skip
    s.skip()
    header(s, *head, col=c)
    s.table(
        [
            ("★成本指标", "*经济成本指标", "人均培训成本", "≤2600元/人", "行业标准"),
            ("★效益指标", "*社会效益指标", "培训后就业率", "≥80%", "历史标准"),
            (None, None, "扶持自主创业人数", "≥40人", "计划标准"),
            (None, "可持续影响指标", "退役军人就业服务体系", "不断完善", None),
            ("★满意度指标", "*服务对象满意度指标", "参训退役军人满意度", "≥92%", "历史标准"),
        ],
        merged=(1, 2), col=c,
    )  # fmt: skip
    s.skip()
    money_lines(
        s, "资金明细",
        [("适应性培训（420人×2600元）", money(109.2, NUM)), ("创业担保贷款贴息", money(52, NUM)),
         ("专场招聘会组织", money(15.2, NUM)), ("就业跟踪回访", money(10, NUM))],
        money(186.4, NUM), col=c,
    )  # fmt: skip
    s.row("注：1.★为必填一级指标，*为必填二级指标；2.指标值设定依据填写计划标准、行业标准或历史"
          "标准。", merge=[(3, 8)], col=c)  # fmt: skip
    signatures(s, "曾晓雯", "蒋立新", "0746-8832205", "2025年1月6日", col=c)
    return b


@variant("iw09-martyr-sites", (6, 8, 13), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "two cumulative counts copied from 中期 into 年度, a value without a name, a tier-2 "
         "left from the template")  # fmt: skip
def martyr_sites() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, years=3, name="烈士纪念设施保护提升（2025—2027年）",
        dept="云岙市退役军人事务局", unit="云岙市烈士陵园管理处", attr="新增项目",
        money=[("中期资金总额", money(960, WAN), "年度资金总额", money(320, WAN)),
               ("其中：财政拨款", money(900, WAN), "其中：财政拨款", money(300, WAN)),
               ("其他资金", money(60, WAN), "其他资金", money(20, WAN))],
        goals=["三年修缮零散烈士墓450座，迁移集中安葬120座，烈士纪念设施祭扫条件明显改善。",
               "2025年修缮零散烈士墓150座，迁移集中安葬40座。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    copied = "the 中期 count copied into 年度 (the 年度目标 says 150 / 40)"
    s.table(
        [
            ("产出指标", "数量指标", "修缮零散烈士墓", "≥450座",
             mk("≥450座", "D202", "warning", alt=("D104",), note=copied), None),
            (None, None, "迁移集中安葬烈士墓", "≥120座",
             mk("≥120座", "D202", "warning", alt=("D104",), note=copied), None),
            (None, "质量指标", "修缮工程验收合格率", "100%", "100%", None),
            (None, None, mk(None, "F110", "error", note="a value without its name"), "≥95%",
             "≥95%", None),
            (None, "时效指标", "修缮任务完成时间", "2027年12月31日前", "2025年12月31日前", None),
            ("成本指标", "经济成本指标", "单座烈士墓修缮成本", "≤0.6万元/座", "≤0.6万元/座", None),
            ("效益指标", "社会效益指标", "烈士纪念设施祭扫条件", "明显改善", "明显改善", None),
            (None, mk("生态效益指标", "F109", "warning", row=True), None, None, None, None),
            (None, "可持续影响指标", "烈士纪念设施日常管护机制", "健全", "健全", None),
            ("满意度指标", "服务对象满意度指标", "烈属及祭扫群众满意度", "≥90%", "≥90%", None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    signatures(s, "邱婧", "唐永福", "0739-6617720", "2024年11月25日")
    return b
