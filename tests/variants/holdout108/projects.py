"""One-year and multi-year project returns (§3.1): ln01–ln06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout108.common import W6, W8, footer, multi_year, one_year
from tests.variants.holdout108.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("ln01-library-ok", (1,), "project, NAT-2021, 比较符 · 指标值 · 计量单位 columns, "
         "percent cells, one year; correct")  # fmt: skip
def ln01() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s, year=2027, name="澄岭县乡镇综合文化站图书流转项目", dept="澄岭县文化和旅游局（412）",
        unit="澄岭县图书馆", money=one_year(86.5, 80, 6.5),
        goals=["完成全县14个乡镇综合文化站图书流转，新增流通图书2.4万册，开展阅读推广活动"
               "60场，提升基层群众阅读服务水平。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ["产出指标", "数量指标", "新增流通图书", "≥", 24000, "册"],
            [None, None, "图书流转覆盖乡镇综合文化站", "=", 14, "个"],
            [None, None, "阅读推广活动场次", "≥", 60, "场"],
            [None, "质量指标", "图书验收合格率", "=", pct(1), "%"],
            [None, None, "流转图书破损率", "≤", pct(0.03), "%"],
            [None, "时效指标", "图书配送到站时间", "≤", "2027年6月30日", None],
            [None, None, "流转周期", "≤", 3, "月"],
            ["成本指标", "经济成本指标", "图书采购均价", "≤", 32, "元/册"],
            [None, None, "配送运输费", "≤", 4.8, "万元"],
            ["效益指标", "社会效益指标", "乡镇文化站图书借阅人次", "≥", 36000, "人次"],
            [None, None, "借阅人次比上年增长率", "≥", pct(0.1), "%"],
            [None, "可持续影响指标", "图书流转机制运行年限", "≥", 3, "年"],
            ["满意度指标", "服务对象满意度指标", "读者满意度", "≥", pct(0.9), "%"],
        ],
        merged=(1, 2),
    )
    footer(s, "澄岭县图书馆", "付晓岚", "0739-5521386")
    return b


@variant("ln02-road-annual-over-period", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "value columns with a unit column; one annual count above its period count")  # fmt: skip
def ln02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s, year=2027, years=3, name="栖霞岭镇村组道路提质改造工程（2027—2029年）",
        dept="梧垣县交通运输局（305）", unit="梧垣县农村公路管理所",
        money=multi_year((2400, 2100, 300), (800, 700, 100)),
        goals=["三年内完成村组道路提质改造120公里，新建错车道360处，村组道路优良路率达到85%。",
               "2027年完成村组道路提质改造40公里，新建错车道120处，完成安全隐患整治12处。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    s.table(
        [
            ["产出指标", "数量指标", "村组道路提质改造里程", "≥120", "≥40", "公里"],
            [
                None,
                None,
                "新建错车道",
                "≥360",
                mk("≥420", "D201", "error", note="年度 420 处大于三年 360 处"),
                "处",
            ],
            [None, None, "安全隐患整治点", "≥36", "≥12", "处"],
            [None, "质量指标", "工程交工验收合格率", "100%", "100%", "%"],
            [None, None, "路面压实度达标率", "≥98%", "≥98%", "%"],
            [None, "时效指标", "年度改造任务完成时间", "每年11月底前", "2027年11月30日前", None],
            ["成本指标", "经济成本指标", "每公里改造成本", "≤20", "≤20", "万元/公里"],
            ["效益指标", "社会效益指标", "沿线受益群众", "≥4.5", "≥1.5", "万人"],
            [None, None, "村组道路优良路率", "≥85%", "≥75%", "%"],
            [None, "可持续影响指标", "道路设计使用年限", "≥10", "≥10", "年"],
            ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%", "%"],
        ],
        merged=(1, 2),
    )
    footer(s, "梧垣县农村公路管理所", "曾立川", "0735-6628014")
    return b


@variant("ln03-clinic-percent-typed", (1,), "project, OLD-NAT, 比较符 column and a value column "
         "formatted 0%; one rate typed as 95 in a 0% cell")  # fmt: skip
def ln03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s, year=2027, name="沅桥乡村卫生室基本药物配备补助项目", dept="沅桥县卫生健康局（517）",
        unit="沅桥县基层卫生服务中心", money=one_year(142, 142, 0),
        goals=["为全县118个村卫生室配备基本药物和常用耗材，村卫生室基本药物配备率达到100%，"
               "提升村级常见病诊疗能力。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ["产出指标", "数量指标", "配备药物的村卫生室", "=", 118, "个"],
            [None, None, "配发基本药物品种", "≥", 80, "种"],
            [None, "质量指标", "基本药物配备率", "=", pct(1), "%"],
            [
                None,
                None,
                "药品抽检合格率",
                "≥",
                mk(C95, "T106", "error", note="95 录进 0% 格式的单元格，显示 9500%"),
                "%",
            ],
            [None, "时效指标", "药物配发到村时间", "≤", "2027年4月30日", None],
            [None, "成本指标", "每个村卫生室补助标准", "≤", 1.2, "万元/个"],
            ["效益指标", "社会效益指标", "村卫生室常见病首诊人次", "≥", 52000, "人次"],
            [None, None, "群众就近就医比例比上年提高", "≥", 3, "百分点"],
            [None, "可持续影响指标", "基本药物配送机制", "定性", "健全", None],
            ["满意度指标", "服务对象满意度指标", "村民就医满意度", "≥", pct(0.9), "%"],
            [None, None, "乡村医生满意度", "≥", pct(0.88), "%"],
        ],
        merged=(1, 2),
    )
    footer(s, "沅桥县基层卫生服务中心", "彭雨桐", "0744-3316250")
    return b


C95 = pct(95)  # staff typed 95 into a cell formatted 0%: Excel stores 95, shows 9500%


@variant("ln04-training-date-next-year", (8, 11), "project, NAT-2021, one value column with "
         "operators inline; a date target in the next year and a time limit with ≥")  # fmt: skip
def ln04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 22, 18, 18))
    project_head(
        s, year=2027, name="青梧市新型职业农民培育项目", dept="青梧市农业农村局（208）",
        unit="青梧市农业广播电视学校", money=one_year(210, 180, 30),
        goals=["培育新型职业农民1500人，开展田间实训120场，培育对象结业考核合格率达到95%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", "备注")
    s.table(
        [
            ["产出指标", "数量指标", "培育新型职业农民", "≥1500人", "计划标准", None],
            [None, None, "田间实训场次", "≥120场", "计划标准", None],
            [None, None, "编印培训教材", "≥3000册", "计划标准", None],
            [None, "质量指标", "结业考核合格率", "≥95%", "历史标准", None],
            [None, None, "学员出勤率", "≥90%", "历史标准", None],
            [
                None,
                "时效指标",
                "培训任务完成时间",
                mk("2028年6月30日前", "Y102", "error", note="一年期 2027 项目，日期落在 2028 年"),
                "计划标准",
                None,
            ],
            [
                None,
                None,
                "学员证书发放时限",
                mk(
                    "≥15个工作日",
                    "T108",
                    "warning",
                    row=True,
                    alt=("T116",),
                    note="期限应为 ≤15个工作日",
                ),
                "行业标准",
                "结业后",
            ],
            ["成本指标", "经济成本指标", "人均培训成本", "≤1400元/人", "行业标准", None],
            ["效益指标", "经济效益指标", "学员人均年增收", "≥2000元", "其他标准", None],
            [None, "社会效益指标", "带动周边农户", "≥4500户", "计划标准", None],
            [None, "可持续影响指标", "跟踪服务期", "≥2年", "计划标准", None],
            ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "行业标准", None],
        ],
        merged=(1, 2),
    )
    footer(s, "青梧市农业广播电视学校", "温绍军", "0731-8842206")
    return b


@variant("ln05-points-two-levels-ok", (10,), "project, NAT-2021, tier-1 points in the label and "
         "an indicator score column; both levels add up; correct")  # fmt: skip
def ln05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W8)
    project_head(
        s, year=2027, name="岚溪区社区居家养老服务补贴项目", dept="岚溪区民政局（114）",
        unit="岚溪区养老服务指导中心", money=one_year(360, 360, 0),
        goals=["为全区1800名经济困难老年人提供居家养老服务补贴，服务时长每人每月不少于20小时。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "分值", "评分标准")
    s.table(
        [
            [
                "产出指标（50分）",
                "数量指标",
                "享受补贴的困难老年人",
                "≥",
                1800,
                "人",
                10,
                "每少50人扣1分",
            ],
            [None, None, "每人每月服务时长", "≥", 20, "小时", 10, "未达标不得分"],
            [None, "质量指标", "服务记录抽查合格率", "≥", pct(0.95), "%", 10, "按比例得分"],
            [None, None, "服务人员持证上岗率", "=", pct(1), "%", 10, "按比例得分"],
            [None, "时效指标", "补贴按月发放及时率", "=", pct(1), "%", 10, "延迟一次扣2分"],
            [
                "成本指标（10分）",
                "经济成本指标",
                "每人每月补贴标准",
                "≤",
                166,
                "元",
                10,
                "超标准不得分",
            ],
            [
                "效益指标（30分）",
                "社会效益指标",
                "老年人意外事件发生率",
                "≤",
                pct(0.02),
                "%",
                10,
                "超出不得分",
            ],
            [None, None, "家属照护负担减轻户数", "≥", 1500, "户", 10, "按比例得分"],
            [
                None,
                "可持续影响指标",
                "居家养老服务站点运行",
                "定性",
                "持续运行",
                None,
                10,
                "停运不得分",
            ],
            [
                "满意度指标（10分）",
                "服务对象满意度指标",
                "受助老年人满意度",
                "≥",
                pct(0.9),
                "%",
                10,
                "每低1个百分点扣1分",
            ],
        ],
        merged=(1, 2),
    )
    s.row(None, None, "合计", None, None, None, 100, None)
    footer(s, "岚溪区养老服务指导中心", "钟慧", "0736-2251107")
    return b


@variant("ln06-points-counted-twice", (10,), "project, NAT-2021, tier-1 score column beside "
         "indicator scores; indicators reach 100 only with tier rows counted twice")  # fmt: skip
def ln06() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (14, 8, 16, 30, 10, 14, 10, 10))
    s.title("2027年度项目支出绩效目标申报表", 8)
    s.row("项目名称", "砚川县中小学校园安保提升项目", None, None, "主管部门", "砚川县教育局",
          merge=[(2, 4), (6, 8)])  # fmt: skip
    s.row("实施单位", "砚川县教育后勤服务中心", None, None, "项目属性", "新增项目",
          merge=[(2, 4), (6, 8)])  # fmt: skip
    s.row("项目期", "1年", None, None, "起止时间", "2027-01-01至2027-12-31",
          merge=[(2, 4), (6, 8)])  # fmt: skip
    s.row("项目资金（万元）", "年度资金总额", None, 96, "其中：财政拨款", 96, "其他资金", 0,
          merge=[(2, 3)])  # fmt: skip
    s.row("年度绩效目标", "为全县46所中小学校配备专职保安和一键报警装置，校园安全事故发生率控制在"
          "0.5‰以内。", merge=[(2, 8)])  # fmt: skip
    s.row("一级指标", "分值", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "分值")
    s.table(
        [
            ["产出指标", 50, "数量指标", "配备专职保安的学校", "=", 46, "所", 10],
            [None, None, None, "安装一键报警装置", "≥", 46, "套", 10],
            [None, None, "质量指标", "保安持证上岗率", "=", pct(1), "%", 10],
            [None, None, None, "报警装置联网在线率", "≥", pct(0.98), "%", 10],
            [None, None, "时效指标", "报警装置安装完成时间", "≤", "2027年8月31日", None, 10],
            ["成本指标", 10, "经济成本指标", "每所学校年安保经费", "≤", 2.08, "万元", 10],
            [
                "效益指标",
                mk(
                    30,
                    "W103",
                    "error",
                    alt=("W101",),
                    note="一级 30 分，其下指标分值只有 10+5+5=20",
                ),
                "社会效益指标",
                "校园安全事故发生率",
                "≤",
                "0.5‰",
                None,
                10,
            ],
            [None, None, None, "校园周边治安案件下降率", "≥", pct(0.1), "%", 5],
            [None, None, "可持续影响指标", "校园安保长效机制", "定性", "建立并执行", None, 5],
            ["满意度指标", 10, "服务对象满意度指标", "家长满意度", "≥", pct(0.9), "%", 5],
            [None, None, None, "师生满意度", "≥", pct(0.9), "%", 5],
        ],
        merged=(1, 2, 3),
    )
    s.row("合计", 100, None, None, None, None, None, 90)
    b.file_mark(
        "W101", "error", required=False, note="指标分值合计 90，加上一级分值才凑到 100 的两倍关系"
    )
    footer(s, "砚川县教育后勤服务中心", "董书培", "0738-4410925")
    return b
